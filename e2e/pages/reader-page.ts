/** The reader: selecting text with the mouse, the highlight toolbar, the find bar, and what the marks show. */
import { expect, type Locator, type Page } from '@playwright/test';

export class ReaderPage {
  constructor(readonly page: Page) {}

  get text(): Locator {
    return this.page.getByRole('article', { name: 'Document text' });
  }

  get title(): Locator {
    return this.page.getByRole('main', { name: 'Reader' }).getByRole('heading', { level: 1 });
  }

  get searchHit(): Locator {
    return this.text.locator('mark.search-hit');
  }

  get findBar(): Locator {
    return this.page.getByRole('group', { name: 'Find bar' });
  }

  get findInput(): Locator {
    return this.findBar.getByRole('textbox', { name: 'Find in document' });
  }

  /** "3 of 12", "No matches". */
  get findCount(): Locator {
    return this.findBar.locator('.find-count');
  }

  /** Every find match drawn in the text, and the current one. */
  get findMatches(): Locator {
    return this.text.locator('mark.find-match, mark.find-current');
  }

  get findCurrent(): Locator {
    return this.text.locator('mark.find-current');
  }

  /** Drags the mouse from the first to the last character of `phrase`, as a person selecting it. */
  async selectPhrase(phrase: string): Promise<void> {
    const box = await this.text.evaluate((root, wanted) => {
      const segments = [...root.querySelectorAll<HTMLElement>('[data-start]')];
      const nodes = segments.map((segment) => segment.firstChild).filter((n): n is Text => n instanceof Text);
      const full = nodes.map((node) => node.data).join('');
      const at = full.indexOf(wanted);
      if (at < 0) throw new Error(`"${wanted}" is not in the reader`);
      const locate = (index: number): [Text, number] => {
        let rest = index;
        for (const node of nodes) {
          if (rest < node.data.length) return [node, rest];
          rest -= node.data.length;
        }
        throw new Error('offset past the end');
      };
      const charRect = (index: number) => {
        const [node, offset] = locate(index);
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return range.getBoundingClientRect();
      };
      locate(at)[0].parentElement?.scrollIntoView({ block: 'center' });
      const first = charRect(at);
      const last = charRect(at + wanted.length - 1);
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2,
      };
    }, phrase);
    await this.page.mouse.move(box.x1, box.y1);
    await this.page.mouse.down();
    await this.page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
    await this.page.mouse.move(box.x2, box.y2, { steps: 4 });
    await this.page.mouse.up();
  }

  async highlight(phrase: string, color: 'yellow' | 'green' | 'blue' | 'pink' | 'purple'): Promise<void> {
    await this.selectPhrase(phrase);
    await this.page
      .getByRole('toolbar', { name: 'Highlight selection' })
      .getByRole('button', {
        name: `Highlight ${color}`,
      })
      .click();
  }

  /** The text each highlight covers, in reading order (segments of one highlight joined). */
  async highlightTexts(): Promise<string[]> {
    return this.text.evaluate((root) => {
      const byId = new Map<string, { start: number; text: string }>();
      for (const mark of root.querySelectorAll<HTMLElement>('mark[data-highlight-ids]')) {
        for (const id of (mark.dataset.highlightIds ?? '').split(' ')) {
          const entry = byId.get(id) ?? { start: Number(mark.dataset.start), text: '' };
          entry.text += mark.textContent ?? '';
          byId.set(id, entry);
        }
      }
      return [...byId.values()].sort((a, b) => a.start - b.start).map((entry) => entry.text);
    });
  }

  /**
   * Clicks the innermost (shortest) highlight holding `text`. A highlight may be drawn as several
   * marks (cut where a search hit, a find match or a proposed date begins or ends), so its text is
   * read across all of them.
   */
  async clickHighlight(text: string): Promise<void> {
    const innermost = () =>
      this.text.evaluate((root, wanted) => {
        const byId = new Map<string, string>();
        for (const mark of root.querySelectorAll<HTMLElement>('mark[data-highlight-ids]')) {
          for (const id of (mark.dataset.highlightIds ?? '').split(' ')) {
            byId.set(id, (byId.get(id) ?? '') + (mark.textContent ?? ''));
          }
        }
        const holding = [...byId].filter(([, covered]) => covered.includes(wanted));
        return holding.sort((a, b) => a[1].length - b[1].length)[0]?.[0] ?? null;
      }, text);
    await expect.poll(innermost, { message: `a highlight holding “${text}”` }).not.toBeNull();
    const id = await innermost();
    const marks = this.text.locator(`mark[data-highlight-ids~="${id}"]`);
    const top = this.text.locator(`mark[data-top="${id}"]`);
    await ((await top.count()) > 0 ? top : marks).first().click();
  }

  async expectFlashed(text: string): Promise<void> {
    await expect(this.text.locator('.flash').filter({ hasText: text }).first()).toBeInViewport();
  }
}
