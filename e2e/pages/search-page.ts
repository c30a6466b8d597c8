/** The search box in the top bar: its grouped results, the lines under it, and the syntax help. */
import type { Locator, Page } from '@playwright/test';

export type SearchGroupLabel = 'Documents' | 'Highlights & notes' | 'Tags' | 'Timeline events';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class SearchPage {
  constructor(readonly page: Page) {}

  get region(): Locator {
    return this.page.getByRole('search');
  }

  get box(): Locator {
    return this.page.getByRole('combobox', { name: 'Search' });
  }

  get results(): Locator {
    return this.page.getByRole('listbox', { name: 'Search results' });
  }

  get options(): Locator {
    return this.results.getByRole('option');
  }

  /** A section of the results, named "Documents (3)", "Timeline events (50+)"… */
  group(label: SearchGroupLabel): Locator {
    return this.results.getByRole('group', { name: new RegExp(`^${escape(label)} \\(\\d+\\+?\\)$`) });
  }

  /** The index's state while it is not ready ("Search is warming up…"). */
  get status(): Locator {
    return this.region.getByRole('status');
  }

  get helpButton(): Locator {
    return this.page.getByRole('button', { name: 'Search help' });
  }

  get help(): Locator {
    return this.page.getByRole('dialog', { name: 'Search syntax' });
  }

  async search(query: string): Promise<void> {
    await this.page.keyboard.press('/');
    await this.box.pressSequentially(query, { delay: 20 });
  }

  /** Presses ↓ in the box until `option` is the active one (the list wraps, so it gets there). */
  async arrowTo(option: Locator): Promise<void> {
    const count = await this.options.count();
    for (let i = 0; i <= count; i++) {
      if ((await option.getAttribute('aria-selected')) === 'true') return;
      await this.box.press('ArrowDown');
    }
    throw new Error('the arrow keys never reached the option');
  }
}
