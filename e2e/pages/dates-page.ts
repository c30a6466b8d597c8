/** "Dates in this document" in the context panel, and the proposed dates the reader marks. */
import type { Locator, Page } from '@playwright/test';

export class DatesPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Dates' }).click();
  }

  get panel(): Locator {
    return this.page.getByRole('complementary', { name: 'Context panel' });
  }

  get list(): Locator {
    return this.panel.getByRole('list', { name: 'Dates in this document' });
  }

  /** The row of the date written as `text` (the first when the text names it more than once). */
  item(text: string): Locator {
    return this.list
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('button', { name: new RegExp(text) }) })
      .first();
  }

  addToTimeline(text: string): Locator {
    return this.item(text).getByRole('button', { name: 'Add to timeline' });
  }

  /** Shown when the document has no published date: the explanation and the text's suggestion. */
  get missingReference(): Locator {
    return this.panel.getByRole('group', { name: 'Reference date' });
  }

  /** The reader's mark on a proposed date (`resolved` or `needs-reference`). */
  mark(text: string, state: 'resolved' | 'needs-reference'): Locator {
    return this.page
      .getByRole('article', { name: 'Document text' })
      .locator(`[data-date-proposal="${state}"]`, { hasText: text })
      .first();
  }
}
