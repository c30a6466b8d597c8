/** The Brief view: settings and scope, summary and judgments, passages to drag, the live preview and Export. */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';

export class BriefPage {
  constructor(readonly page: Page) {}

  get view(): Locator {
    return this.page.getByRole('main', { name: 'Brief view' });
  }

  get preview(): Locator {
    return this.view.getByRole('region', { name: 'Brief preview' }).locator('article');
  }

  get summary(): Locator {
    return this.view.getByRole('textbox', { name: /^Summary/ });
  }

  get footnotes(): Locator {
    return this.preview.locator('section[data-footnotes] li');
  }

  get judgments(): Locator {
    return this.view.getByRole('list', { name: 'Key judgments' });
  }

  judgment(n: number): Locator {
    return this.judgments.getByRole('listitem', { name: `Judgment ${n}`, exact: true });
  }

  citations(n: number): Locator {
    return this.judgment(n)
      .getByRole('list', { name: `Judgment ${n} citations` })
      .getByRole('listitem');
  }

  passage(quote: string): Locator {
    return this.view
      .getByRole('list', { name: 'Passages to cite' })
      .getByRole('listitem', { name: `Passage: ${quote}` });
  }

  /** Opens the view from the top bar and waits for its preview. */
  async open(): Promise<void> {
    await this.page
      .getByRole('toolbar', { name: 'Actions' })
      .getByRole('button', { name: 'Brief', exact: true })
      .click();
    await expect(this.preview.getByRole('heading', { level: 1 })).toBeVisible();
  }

  /** Opens the collapsed scope (its line says what the brief covers). */
  async openScope(): Promise<void> {
    const scope = this.view.locator('details.brief-scope-details');
    if ((await scope.getAttribute('open')) === null) await scope.locator('summary').click();
  }

  async tagScope(name: string): Promise<void> {
    await this.openScope();
    await this.view.getByRole('group', { name: /^Tags/ }).getByRole('checkbox', { name, exact: true }).check();
  }

  /** Picks a passage from "Cite passage…" by typing part of it and pressing Enter. */
  async citeWithPicker(n: number, words: string): Promise<void> {
    await this.judgment(n).getByRole('button', { name: 'Cite passage…' }).click();
    const picker = this.page.getByRole('dialog', { name: 'Cite a passage' });
    await picker.getByRole('combobox', { name: 'Filter passages' }).fill(words);
    await expect(picker.getByRole('option').first()).toContainText(words);
    await picker.getByRole('combobox', { name: 'Filter passages' }).press('Enter');
    await expect(picker).toBeHidden();
  }

  /** Exports the brief in a format (waiting until the preview shows the latest edit); returns the file. */
  async export(format: 'Markdown' | 'HTML' | 'Word'): Promise<{ fileName: string; path: string }> {
    const download = this.page.waitForEvent('download');
    await this.view.getByRole('toolbar', { name: 'Export' }).getByRole('button', { name: format, exact: true }).click();
    const file = await download;
    const path = test.info().outputPath(file.suggestedFilename());
    await file.saveAs(path);
    return { fileName: file.suggestedFilename(), path };
  }

  async exportMarkdown(): Promise<{ fileName: string; markdown: string }> {
    const { fileName, path } = await this.export('Markdown');
    return { fileName, markdown: readFileSync(path, 'utf8') };
  }

  async backToReader(): Promise<void> {
    await this.view.getByRole('button', { name: '← Reader' }).click();
    await expect(this.view).toBeHidden();
  }
}
