/** The library sidebar and the document details form in the reader header. */
import { expect, type Locator, type Page } from '@playwright/test';

export class LibraryPage {
  constructor(readonly page: Page) {}

  get list(): Locator {
    return this.page.getByRole('navigation', { name: 'Library' });
  }

  /** The document list (a listbox; the sort and filter selects beside it have options too). */
  get listbox(): Locator {
    return this.list.getByRole('listbox', { name: 'Documents' });
  }

  /** The documents in the DOM: the list is virtualized, so with many documents only those near the view. */
  get items(): Locator {
    return this.listbox.getByRole('option');
  }

  document(title: string | RegExp): Locator {
    return this.listbox.getByRole('option', { name: title });
  }

  /** Picks an order for the list, by the Sort select's label ("Title, A–Z", "Imported, newest first"…). */
  async sortBy(label: string): Promise<void> {
    await this.list.getByLabel('Sort').selectOption({ label });
  }

  async open(title: string | RegExp): Promise<void> {
    await this.document(title).click();
    await expect(this.page.getByRole('heading', { level: 1 })).toContainText(title);
  }

  async editDetails(details: {
    title?: string;
    source?: string;
    author?: string;
    publishedDate?: string;
  }): Promise<void> {
    await this.page.getByRole('button', { name: 'Edit details' }).click();
    const form = this.page.getByRole('form', { name: 'Document details' });
    if (details.title !== undefined) await form.getByLabel('Title').fill(details.title);
    if (details.source !== undefined) await form.getByLabel('Source').fill(details.source);
    if (details.author !== undefined) await form.getByLabel('Author').fill(details.author);
    if (details.publishedDate !== undefined) await form.getByLabel('Published date').fill(details.publishedDate);
    await form.getByRole('button', { name: 'Save' }).click();
  }

  /** Replaces the open document with a new version of its file, through the details form. */
  async replaceWithNewVersion(file: { name: string; text: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Edit details' }).click();
    const chooser = this.page.waitForEvent('filechooser');
    await this.page
      .getByRole('form', { name: 'Document details' })
      .getByRole('button', { name: 'Replace with new version…' })
      .click();
    await (await chooser).setFiles({ name: file.name, mimeType: 'text/plain', buffer: Buffer.from(file.text) });
  }
}
