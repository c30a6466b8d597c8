/** The project menu in the top bar, the quick switcher and the project dialogs. */
import { expect, type Locator, type Page } from '@playwright/test';

export class ProjectsPage {
  constructor(readonly page: Page) {}

  /** The menu button, named "Project: <name>". */
  get button(): Locator {
    return this.page.getByRole('banner').getByRole('button', { name: /^Project: / });
  }

  get menu(): Locator {
    return this.page.getByRole('menu', { name: 'Projects' });
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  async expectCurrent(name: string): Promise<void> {
    await expect(this.button).toHaveAccessibleName(`Project: ${name}`);
    await expect(this.page).toHaveTitle(`${name} — Dossier`);
  }

  /** Opens the menu and clicks one of its items. */
  async choose(item: string | RegExp): Promise<void> {
    await this.button.click();
    await this.menu.getByRole('menuitem', { name: item }).click();
  }

  /** Switches through the menu's list of projects. */
  async switchTo(name: string): Promise<void> {
    await this.button.click();
    await this.menu.getByRole('menuitemradio', { name: new RegExp(`^${escape(name)}`) }).click();
    await this.expectCurrent(name);
  }

  /** Switches with the quick switcher: Ctrl+Shift+P, type, Enter. */
  async switchWithKeyboard(typed: string, name: string): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+Shift+P');
    const switcher = this.dialog('Switch project');
    await switcher.getByRole('combobox', { name: 'Project' }).pressSequentially(typed, { delay: 20 });
    await this.page.keyboard.press('Enter');
    await this.expectCurrent(name);
  }

  async create(name: string): Promise<void> {
    await this.choose('New project…');
    const dialog = this.dialog('New project');
    await dialog.getByLabel('Project name').fill(name);
    await dialog.getByRole('button', { name: 'Create project' }).click();
    await this.expectCurrent(name);
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
