/** The search box in the top bar and its results list. */
import type { Locator, Page } from '@playwright/test';

export class SearchPage {
  constructor(readonly page: Page) {}

  get box(): Locator {
    return this.page.getByRole('combobox', { name: 'Search' });
  }

  get results(): Locator {
    return this.page.getByRole('listbox', { name: 'Search results' });
  }

  get options(): Locator {
    return this.results.getByRole('option');
  }

  async search(query: string): Promise<void> {
    await this.page.keyboard.press('/');
    await this.box.pressSequentially(query, { delay: 20 });
  }
}
