import { basename } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { LAYER_IDS, LAYER_INFO, type LayerId } from '../../shared/model/layers';
import type { BrowserBridge } from './browser-bridge';

/** How a test switches a layer: the legend checkbox, the number key, or the application menu. */
export type ToggleMethod = 'checkbox' | 'key' | 'menu';

/** The reader as a user sees it: intent-level actions and the locators assertions need. */
export class ReaderPage {
  /** The reading root (not the legend's swatches, which share its class for the CSS). */
  readonly article: Locator;
  readonly alert: Locator;
  readonly status: Locator;
  readonly welcome: Locator;
  readonly openedFileName: Locator;
  readonly exportButton: Locator;

  constructor(
    readonly page: Page,
    private readonly bridge: BrowserBridge,
  ) {
    this.article = page.locator('article.sl-article');
    this.alert = page.getByRole('alert');
    this.status = page.getByRole('status');
    this.welcome = page.getByRole('region', { name: 'See where the news comes from' });
    this.openedFileName = page.locator('.toolbar-file');
    this.exportButton = page.getByRole('button', { name: 'Export HTML' });
  }

  /** Loads the reader's start page. */
  async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByText('Sourcelight', { exact: true }), 'the reader should have started').toBeVisible();
  }

  /** Opens a file through the app's own Open button and dialog, and waits until it is on screen. */
  async openArticle(path: string): Promise<void> {
    await this.chooseInOpenDialog(path);
    await expect(this.openedFileName, `${basename(path)} should be open`).toHaveText(basename(path));
    await expect(this.article).toBeVisible();
  }

  /** Tries to open a file that should fail, and waits for the alert. */
  async openArticleExpectingError(path: string): Promise<string> {
    await this.chooseInOpenDialog(path);
    await expect(this.alert, `opening ${basename(path)} should show an error`).toBeVisible();
    return (await this.alert.locator('.alert-message').textContent()) ?? '';
  }

  /** Drops a file on the window as a user dragging it from their file manager would. */
  async dropFile(path: string): Promise<void> {
    const name = this.bridge.allowDrop(path);
    await this.page.evaluate((fileName) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['dropped'], fileName, { type: 'text/plain' }));
      const target = document.querySelector('main') ?? document.body;
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
      }
    }, name);
  }

  /** The legend row of a layer. */
  legendItem(layer: LayerId): Locator {
    return this.page.locator(`.legend-item[data-layer="${layer}"]`);
  }

  /** The checkbox that shows or hides a layer. */
  layerCheckbox(layer: LayerId): Locator {
    return this.legendItem(layer).getByRole('checkbox', { name: LAYER_INFO[layer].label });
  }

  /** The number of findings the legend reports for a layer. */
  async legendCount(layer: LayerId): Promise<number> {
    return Number(await this.legendItem(layer).locator('.legend-count').textContent());
  }

  /** Switches a layer the way a user would. */
  async toggleLayer(layer: LayerId, method: ToggleMethod = 'checkbox'): Promise<void> {
    if (method === 'checkbox') await this.layerCheckbox(layer).click();
    else if (method === 'key') await this.page.keyboard.press(String(LAYER_IDS.indexOf(layer) + 1));
    else await this.bridge.sendMenuCommand(`toggle-layer-${layer}`);
  }

  /** Every highlight element in the article that covers a layer. */
  marks(layer: LayerId): Locator {
    return this.article.locator(`mark[data-layers~="${layer}"]`);
  }

  /**
   * The text of each finding on a layer, rebuilt from its marks: a finding overlapping another layer's
   * is split into several marks that share its id.
   */
  async findingTexts(layer: LayerId): Promise<string[]> {
    return this.article.evaluate((root, wanted) => {
      const texts = new Map<string, string>();
      for (const mark of root.querySelectorAll<HTMLElement>(`mark[data-layers~="${wanted}"]`)) {
        for (const id of (mark.dataset.findingIds ?? '').split(' ')) {
          if (id.startsWith(`${wanted}-`)) texts.set(id, (texts.get(id) ?? '') + (mark.textContent ?? ''));
        }
      }
      return [...texts.values()];
    }, layer);
  }

  /** How many of a layer's marks show that layer's visual channel right now. */
  async marksShowingChannel(layer: LayerId): Promise<number> {
    return this.marks(layer).evaluateAll((marks, wanted) => {
      const shows = (style: CSSStyleDeclaration): boolean => {
        if (wanted === 'state-media') return style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor !== 'transparent';
        if (wanted === 'quote') return style.boxShadow !== 'none';
        return style.textDecorationLine.includes('underline');
      };
      return marks.filter((mark) => shows(getComputedStyle(mark))).length;
    }, layer);
  }

  /** Clicks Export HTML. */
  async exportHtml(): Promise<void> {
    await this.exportButton.click();
  }

  private async chooseInOpenDialog(path: string): Promise<void> {
    this.bridge.answerNextOpenDialog(path);
    await this.page.getByRole('button', { name: 'Open article…' }).click();
  }
}
