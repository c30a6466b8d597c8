/** The Tags view (the codebook in the main column): its tree, the selected tag's card, its dialogs, matrix and passage lists. */
import { expect, type Locator, type Page } from '@playwright/test';

export class TagsViewPage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByRole('main', { name: 'Tags view' });
  }

  get tree(): Locator {
    return this.root.getByRole('tree', { name: 'Codebook' });
  }

  get details(): Locator {
    return this.root.getByRole('region', { name: 'Selected tag' });
  }

  /** A tag's row in the tree, by its exact name. */
  row(name: string): Locator {
    return this.tree.getByRole('treeitem', { name, exact: true });
  }

  /** Names of the visible rows with their depth ("  " per level), in tree order. */
  async outline(): Promise<string[]> {
    return this.tree
      .getByRole('treeitem')
      .evaluateAll((rows) =>
        rows.map(
          (row) => `${'  '.repeat(Number(row.getAttribute('aria-level')) - 1)}${row.getAttribute('aria-label')}`,
        ),
      );
  }

  /** Opens the view from the command palette, as a user would. */
  async open(): Promise<void> {
    await this.page.keyboard.press('Control+k');
    const palette = this.page.getByRole('dialog', { name: 'Commands' });
    await palette.getByRole('combobox', { name: 'Command' }).fill('tags view');
    await palette.getByRole('option', { name: /Show tags view/ }).click();
    await expect(this.root).toBeVisible();
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  async newTag(name: string): Promise<void> {
    await this.root.getByRole('button', { name: 'New tag', exact: true }).first().click();
    const dialog = this.dialog('New tag');
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByRole('button', { name: 'Add tag' }).click();
    await expect(this.row(name)).toBeVisible();
  }

  /** Selects a tag's row and runs one of the card's actions. */
  async act(tag: string, action: 'Rename' | 'New sub-tag' | 'Move to…' | 'Merge into…' | 'Delete…'): Promise<void> {
    await this.row(tag).click();
    await this.details.getByRole('button', { name: action, exact: true }).click();
  }

  get matrix(): Locator {
    return this.root.getByRole('table', { name: 'Passages per tag and document' });
  }

  /** The passage list a cell, pair or "A and not B" opened. */
  results(title: string): Locator {
    return this.root.getByRole('region', { name: `Passages: ${title}` });
  }

  /** The passages (cards) in such a list. */
  passages(title: string): Locator {
    return this.results(title).getByRole('listitem').getByRole('button');
  }
}
