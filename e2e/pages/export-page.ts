/** Exporting the brief as a user does: the Brief view, a title, Export Markdown, and the file it downloads. */
import type { Page } from '@playwright/test';
import { BriefPage } from './brief-page';

export class ExportPage {
  constructor(readonly page: Page) {}

  /** Exports with `title` typed into the Brief view, then goes back to the reader; returns the brief's name and text. */
  async exportBrief(title: string): Promise<{ fileName: string; markdown: string }> {
    const brief = new BriefPage(this.page);
    await brief.open();
    await brief.view.getByLabel('Title', { exact: true }).fill(title);
    const exported = await brief.exportMarkdown();
    await brief.backToReader();
    return exported;
  }
}
