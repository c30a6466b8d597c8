/**
 * Grading evidence as a user does it: the document header's source reliability (and "Apply to all
 * documents from …"), the highlight panel's credibility, the quick tag picker, corroboration links,
 * and the grade badges on cards and in the reader's margin.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class GradingPage {
  constructor(readonly page: Page) {}

  get header(): Locator {
    return this.page.getByRole('main', { name: 'Reader' }).locator('header.doc-header');
  }

  get panel(): Locator {
    return this.page.getByRole('complementary', { name: 'Context panel' });
  }

  get highlight(): Locator {
    return this.panel.getByRole('region', { name: 'Selected highlight' });
  }

  /** Picks a letter in the header, e.g. "B — Usually reliable". */
  async gradeSource(option: string): Promise<void> {
    await this.pick(this.header.getByRole('group', { name: /Source reliability/ }), option);
  }

  /** A click, then the radio checks once the grade is saved (it shows what is stored, not what was clicked). */
  private async pick(group: Locator, option: string): Promise<void> {
    const radio = group.getByRole('radio', { name: option });
    await radio.click();
    await expect(radio).toBeChecked();
  }

  /** "Apply to all documents from <source>", then the confirmation naming the count. */
  async applyToSource(source: string, count: number): Promise<void> {
    await this.header.getByRole('button', { name: `Apply to all documents from ${source}` }).click();
    const confirm = this.header.getByRole('group', { name: 'Grade the whole source' });
    await expect(confirm).toContainText(`Grade all ${count} documents from ${source}`);
    await confirm.getByRole('button', { name: `Grade ${count} documents` }).click();
  }

  /** Picks a digit in the highlight panel, e.g. "2 — Probably true". */
  async gradePassage(option: string): Promise<void> {
    await this.pick(this.highlight.getByRole('group', { name: /Information credibility/ }), option);
  }

  /** A grade badge ("B2") inside `scope`, found as a screen reader hears it. */
  badge(scope: Locator, label: string): Locator {
    return scope.getByRole('img', { name: new RegExp(`^Grade ${label} —`) });
  }

  /** The badges in the reader's margin. */
  get marginBadges(): Locator {
    return this.page.getByRole('article', { name: 'Document text' }).locator('.margin-grades .grade-badge');
  }

  /** T, type, Enter: the quick tag picker. */
  async tagFromKeyboard(name: string): Promise<void> {
    await this.page.keyboard.press('t');
    const picker = this.page.getByRole('dialog', { name: 'Tag highlight' });
    await picker.getByRole('combobox', { name: 'Tag' }).fill(name);
    await this.page.keyboard.press('Enter');
    await expect(picker).toBeHidden();
  }

  tagChips(): Locator {
    return this.highlight.getByRole('list', { name: 'Tags on this highlight' }).getByRole('listitem');
  }

  /** "Link a passage…": find it by its words, choose how it relates, Link. */
  async linkPassage(words: string, quote: string, kind: 'Corroborated by it' | 'Contradicted by it'): Promise<void> {
    await this.highlight.getByRole('button', { name: 'Link a passage…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Link a passage' });
    await dialog.getByLabel('Find a passage').fill(words);
    await dialog.getByRole('radio', { name: new RegExp(quote) }).check();
    await dialog.getByRole('radio', { name: kind }).check();
    await dialog.getByRole('button', { name: 'Link' }).click();
    await expect(dialog).toBeHidden();
  }

  /** The passages listed under "Corroborated by", "Corroborates", … in the highlight panel. */
  linked(section: string): Locator {
    return this.highlight.getByRole('region', { name: section }).getByRole('button', { name: /^(?!Unlink)/ });
  }
}
