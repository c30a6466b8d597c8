/** Importing files: through the Import button's file chooser, or by dropping them on the window; its progress. */
import type { Locator, Page } from '@playwright/test';

export interface FileToImport {
  name: string;
  mimeType: string;
  /** The file's content: text (written as UTF-8) or raw bytes. */
  text: string | Uint8Array;
}

export class ImportPage {
  constructor(readonly page: Page) {}

  /** The card of a running import: what it is doing, a progress bar and Cancel. */
  get progress(): Locator {
    return this.page.getByRole('group', { name: 'Import' });
  }

  async chooseFiles(files: FileToImport[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Import', exact: true }).click();
    await (
      await chooser
    ).setFiles(files.map((file) => ({ name: file.name, mimeType: file.mimeType, buffer: Buffer.from(file.text) })));
  }

  /** Drops files on the window as the OS would: dragenter, dragover, then drop with a DataTransfer. */
  async dropFiles(files: (FileToImport & { text: string })[]): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle((list) => {
      const transfer = new DataTransfer();
      for (const file of list) transfer.items.add(new File([file.text], file.name, { type: file.mimeType }));
      return transfer;
    }, files);
    const target = this.page.getByRole('main', { name: 'Reader' });
    await target.dispatchEvent('dragenter', { dataTransfer });
    await target.dispatchEvent('dragover', { dataTransfer });
    await target.dispatchEvent('drop', { dataTransfer });
    await dataTransfer.dispose();
  }
}
