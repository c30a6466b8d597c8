/** The timeline view (the axis in the main column): its tools, marks, ticks, the selected event's card and exports. */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';

export class TimelineViewPage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByRole('main', { name: 'Timeline view' });
  }

  get axis(): Locator {
    return this.root.getByRole('application', { name: /^Timeline axis/ });
  }

  get details(): Locator {
    return this.root.getByRole('region', { name: 'Selected event' });
  }

  /** Opens the view from the command palette, as a user would. */
  async open(): Promise<void> {
    await this.page.keyboard.press('Control+k');
    const palette = this.page.getByRole('dialog', { name: 'Commands' });
    await palette.getByRole('combobox', { name: 'Command' }).fill('timeline view');
    await palette.getByRole('option', { name: /Show timeline view/ }).click();
    await expect(this.axis).toBeVisible();
  }

  /** An event's mark, by "<title>, <date label>". */
  mark(title: string, dateLabel: string): Locator {
    return this.axis.getByRole('button', { name: `${title}, ${dateLabel}`, exact: true });
  }

  get counts(): Locator {
    return this.axis.getByRole('button', { name: /more events? here/ });
  }

  get ticks(): Locator {
    return this.axis.locator('.axis-tick text');
  }

  /** "day", "week", "month" or "year": the interval the ticks are at. */
  tickUnit(): Promise<string | null> {
    return this.axis.locator('.axis-ticks').getAttribute('data-unit');
  }

  /** Labels of the ticks inside the visible width. */
  async visibleTickLabels(): Promise<string[]> {
    return this.axis.evaluate((svg) => {
      const width = (svg as SVGSVGElement).width.baseVal.value;
      return [...svg.querySelectorAll<SVGTextElement>('.axis-tick text')]
        .filter((text) => {
          const x = Number(text.getAttribute('x'));
          return x >= 0 && x < width;
        })
        .map((text) => text.textContent ?? '');
    });
  }

  /** Clicks an export button; returns the downloaded file's name and bytes. */
  async export(format: 'SVG' | 'PNG'): Promise<{ fileName: string; bytes: Buffer }> {
    const download = this.page.waitForEvent('download');
    await this.root.getByRole('button', { name: `Export ${format}` }).click();
    const file = await download;
    const path = test.info().outputPath(file.suggestedFilename());
    await file.saveAs(path);
    return { fileName: file.suggestedFilename(), bytes: readFileSync(path) };
  }
}
