/** The shell seen by a user: top bar actions, the status/alert regions and the panel tabs. */
import { expect, type Locator, type Page } from '@playwright/test';

export class AppPage {
  constructor(readonly page: Page) {}

  get status(): Locator {
    return this.page.getByRole('status');
  }

  get alert(): Locator {
    return this.page.getByRole('alert');
  }

  /** Waits for a message in the status or alert region. */
  async expectMessage(text: string | RegExp): Promise<void> {
    await expect(this.page.locator('[role=status], [role=alert]').filter({ hasText: text }).first()).toBeVisible();
  }

  /**
   * Closes every message, so a screenshot shows the view under them. A message may leave on its
   * own between counting and clicking, so a click that finds nothing is not an error: the loop
   * counts again.
   */
  async dismissMessages(): Promise<void> {
    const dismiss = this.page.getByRole('button', { name: 'Dismiss' });
    while ((await dismiss.count()) > 0)
      await dismiss
        .first()
        .click({ timeout: 2_000 })
        .catch(() => undefined);
  }

  async openPanel(name: 'Highlights' | 'Tags' | 'Timeline'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  async screenshot(step: string): Promise<void> {
    await this.page.screenshot({ path: `e2e/.screenshots/${step}.png` });
  }
}
