import { basename } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { ThemeChoice } from '../../shared/model/settings';
import type { Typology } from '../../shared/model/finding';
import { LAYER_IDS, LAYER_INFO, type LayerId } from '../../shared/model/layers';
import type { BrowserBridge } from './browser-bridge';

/** How a test steps through findings: n / p, F3 / Shift+F3, or the application menu. */
export type StepMethod = 'letter' | 'f3' | 'menu';

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
  readonly findingsPanel: Locator;
  readonly summary: Locator;
  readonly popover: Locator;
  readonly settingsPanel: Locator;
  readonly settingsButton: Locator;

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
    this.findingsPanel = page.getByRole('region', { name: 'Findings' });
    this.summary = page.getByRole('region', { name: 'Sourcing at a glance' });
    this.popover = page.getByRole('tooltip');
    this.settingsPanel = page.getByRole('dialog', { name: 'Settings' });
    this.settingsButton = page.getByRole('button', { name: 'Settings', exact: true });
  }

  /** Loads the reader's start page. */
  async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByText('Sourcelight', { exact: true }), 'the reader should have started').toBeVisible();
  }

  /** Opens a file through the app's own Open button and dialog, and waits until it is on screen. */
  async openArticle(path: string): Promise<void> {
    await this.chooseInOpenDialog(path);
    // A fresh loader process starts cold (jsdom, Readability): on a busy two-core machine that alone can pass ten seconds.
    await expect(this.openedFileName, `${basename(path)} should be open`).toHaveText(basename(path), { timeout: 30_000 });
    await this.waitForAnalysis();
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
    else await this.bridge.toggleLayerFromMenu(layer);
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

  /** Opens the bundled sample article from the welcome screen and waits until its highlights are in. */
  async openSampleArticle(): Promise<void> {
    await this.page.getByRole('button', { name: 'Try the sample article' }).click();
    await expect(this.openedFileName).toHaveText('sample-article.txt');
    await this.waitForAnalysis();
  }

  /** Waits until the analysis worker has answered and the progress indicator is gone. */
  async waitForAnalysis(): Promise<void> {
    await expect(this.article).toBeVisible();
    await expect(this.page.getByRole('progressbar', { name: 'Analysing the article' })).toHaveCount(0);
  }

  /** Moves to the next finding of the visible layers. */
  async nextFinding(method: StepMethod = 'letter'): Promise<void> {
    if (method === 'menu') await this.bridge.sendMenuCommand('next-finding');
    else await this.page.keyboard.press(method === 'letter' ? 'n' : 'F3');
  }

  /** Moves to the previous finding of the visible layers. */
  async previousFinding(method: StepMethod = 'letter'): Promise<void> {
    if (method === 'menu') await this.bridge.sendMenuCommand('previous-finding');
    else await this.page.keyboard.press(method === 'letter' ? 'p' : 'Shift+F3');
  }

  /** The panel entry of the finding last revealed. */
  get currentFindingEntry(): Locator {
    return this.findingsPanel.locator('button[aria-current="true"]');
  }

  /** The panel's entries of one layer. */
  findingEntries(layer: LayerId): Locator {
    return this.findingsPanel.locator(`section[data-layer="${layer}"] button.finding-entry`);
  }

  /** Clicks the panel entry whose excerpt contains the text. */
  async selectFinding(text: string): Promise<void> {
    await this.findingsPanel.locator('button.finding-entry', { hasText: text }).first().click();
  }

  /** The text of the highlight that has keyboard focus (the one a reveal moved to). */
  async focusedMarkText(): Promise<string | null> {
    return this.page.evaluate(() =>
      document.activeElement instanceof HTMLElement && document.activeElement.tagName === 'MARK' ? document.activeElement.textContent : null,
    );
  }

  /** The first highlight of a layer whose text contains the given words. */
  mark(layer: LayerId, text: string): Locator {
    return this.marks(layer).filter({ hasText: text }).first();
  }

  /** Rests the pointer on the first line of a highlight (a wrapped highlight's box centre may be plain text). */
  async hoverMark(mark: Locator): Promise<void> {
    // Leaving first makes the move a fresh hover even when the pointer already rests on this highlight.
    await this.page.mouse.move(0, 0);
    await mark.scrollIntoViewIfNeeded();
    const point = await mark.evaluate((element) => {
      const rect = element.getClientRects()[0] ?? element.getBoundingClientRect();
      return { x: rect.left + Math.min(8, rect.width / 2), y: rect.top + rect.height / 2 };
    });
    await this.page.mouse.move(point.x, point.y);
  }

  /** Moves keyboard focus to a highlight, with the pointer out of the way so no hover competes. */
  async focusMark(mark: Locator): Promise<void> {
    await this.page.mouse.move(0, 0);
    await mark.focus();
  }

  /** Opens the settings, unless they are open. */
  async openSettings(): Promise<void> {
    if (!(await this.settingsPanel.isVisible())) await this.settingsButton.click();
    await expect(this.settingsPanel).toBeVisible();
  }

  /** Chooses a theme in the settings. */
  async chooseTheme(theme: ThemeChoice): Promise<void> {
    await this.openSettings();
    const label = theme === 'system' ? 'Follow the system' : theme === 'light' ? 'Light' : 'Dark';
    await this.settingsPanel.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: label }).check();
  }

  /** Includes or leaves out a State Media Monitor typology, then waits for the re-analysis. */
  async setTypology(typology: Typology, included: boolean): Promise<void> {
    await this.openSettings();
    const box = this.settingsPanel.getByRole('checkbox', { name: new RegExp(`\\b${typology}$`) });
    if (included) await box.check();
    else await box.uncheck();
    if (await this.article.isVisible()) await this.waitForAnalysis();
  }

  /** Closes the settings with Escape. */
  async closeSettings(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.settingsPanel).toHaveCount(0);
  }

  /** Shows or hides the findings panel with the toolbar button. */
  async toggleFindingsPanel(): Promise<void> {
    await this.page.getByRole('button', { name: 'Findings panel' }).click();
  }

  private async chooseInOpenDialog(path: string): Promise<void> {
    this.bridge.answerNextOpenDialog(path);
    await this.page.getByRole('button', { name: 'Open article…' }).click();
  }
}
