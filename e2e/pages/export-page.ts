/** The Export brief dialog: a title, Export, and (in a browser) the Markdown file it downloads. */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

export class ExportPage {
  constructor(readonly page: Page) {}

  /** Exports with `title` typed into the dialog; returns the downloaded brief's name and text. */
  async exportBrief(title: string): Promise<{ fileName: string; markdown: string }> {
    await this.page.getByRole('button', { name: 'Export brief' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Export brief' });
    await dialog.getByLabel('Brief title').fill(title);
    const download = this.page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export' }).click();
    const file = await download;
    await expect(dialog).toBeHidden();
    const path = test.info().outputPath('brief.md');
    await file.saveAs(path);
    return { fileName: file.suggestedFilename(), markdown: readFileSync(path, 'utf8') };
  }
}
