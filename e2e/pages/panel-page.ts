/** The context panel: the selected highlight (note, tags, timeline links), tags and the timeline. */
import type { Locator, Page } from '@playwright/test';

export class PanelPage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByRole('complementary', { name: 'Context panel' });
  }

  get highlight(): Locator {
    return this.root.getByRole('region', { name: 'Selected highlight' });
  }

  async writeNote(note: string): Promise<void> {
    const box = this.highlight.getByLabel('Note');
    await box.fill(note);
    await box.press('Control+Enter');
  }

  async addTag(name: string): Promise<void> {
    const input = this.highlight.getByLabel('Add tag');
    await input.fill(name);
    await input.press('Enter');
  }

  tagChips(): Locator {
    return this.highlight.getByRole('list', { name: 'Tags on this highlight' }).getByRole('listitem');
  }

  tag(name: string): Locator {
    return this.root.getByRole('list', { name: 'Tags' }).getByRole('button', { name: new RegExp(`^${name}\\b`) });
  }

  passages(tag: string): Locator {
    return this.root.getByRole('region', { name: `Passages tagged ${tag}` }).getByRole('button');
  }

  get timeline(): Locator {
    return this.root.getByRole('list', { name: 'Timeline' });
  }

  async addToTimeline(event: { date: string; title: string; description?: string }): Promise<void> {
    await this.highlight.getByRole('button', { name: 'Add to timeline…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Add to timeline' });
    await dialog.getByLabel('Date').fill(event.date);
    await dialog.getByLabel('Title').fill(event.title);
    if (event.description) await dialog.getByLabel('Description').fill(event.description);
    await dialog.getByRole('button', { name: 'Create event' }).click();
  }

  async linkToEvent(label: string): Promise<void> {
    await this.highlight.getByRole('button', { name: 'Link to event…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Link to event' });
    await dialog.getByLabel('Event').selectOption({ label });
    await dialog.getByRole('button', { name: 'Link' }).click();
  }
}
