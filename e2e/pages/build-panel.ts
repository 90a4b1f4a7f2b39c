/** The Build tab as a test sees it: inputs to fill and the policy they produce. */
import type { Locator, Page } from '@playwright/test'
import { expect } from '@playwright/test'

export type ListInput =
  | 'regions'
  | 'identities'
  | 'fromAddresses'
  | 'configurationSets'
  | 'templates'
  | 'snsTopics'
  | 'recipients'

export interface RealCase {
  readonly sender: string
  readonly features: readonly string[]
  readonly templates: readonly string[]
  readonly identities: readonly string[]
  readonly regions: readonly string[]
  readonly account: string
}

export class BuildPanel {
  readonly editor: Locator
  readonly plainText: Locator
  /** The message that replaces Copy and Download while an input is invalid. */
  readonly blocked: Locator

  constructor(readonly page: Page) {
    this.editor = page.getByTestId('policy-editor')
    this.plainText = page.getByTestId('policy-text')
    this.blocked = page.getByTestId('policy-blocked')
  }

  async open(path = ''): Promise<void> {
    await this.page.goto(path)
    await expect(this.page.getByTestId('build-panel')).toBeVisible()
  }

  async selectSender(id: string): Promise<void> {
    await this.page.getByTestId('input-sender').selectOption(id)
  }

  async setFeature(id: string, on: boolean): Promise<void> {
    await this.page.getByTestId(`feature-${id}`).setChecked(on)
  }

  /** Types each entry and presses Enter, as a user adding chips would. */
  async addEntries(field: ListInput, entries: readonly string[]): Promise<void> {
    const input = this.page.getByTestId(`input-${field}`)
    for (const entry of entries) {
      await input.fill(entry)
      await input.press('Enter')
    }
    await expect(this.page.getByTestId(`chip-${field}`)).toHaveCount(entries.length)
  }

  /** Types text as it comes and presses Enter; spaces in it split it into several entries. */
  async typeEntry(field: ListInput, text: string): Promise<void> {
    const input = this.page.getByTestId(`input-${field}`)
    await input.fill(text)
    await input.press('Enter')
  }

  /** Deletes an entry by its chip's delete icon, as a user would. */
  async removeEntry(field: ListInput, entry: string): Promise<void> {
    const chip = this.page
      .getByTestId(`chip-${field}`)
      .filter({ hasText: new RegExp(`^${entry}$`) })
    await chip.locator('.MuiChip-deleteIcon').click()
    await expect(chip).toHaveCount(0)
  }

  async setText(field: 'account' | 's3Bucket' | 's3Prefix', value: string): Promise<void> {
    await this.page.getByTestId(`input-${field}`).fill(value)
  }

  async fill(config: RealCase): Promise<void> {
    await this.selectSender(config.sender)
    for (const feature of ['send', 'templates', 'sns-confirm', 's3-inbound']) {
      const box = this.page.getByTestId(`feature-${feature}`)
      if ((await box.count()) > 0) await box.setChecked(config.features.includes(feature))
    }
    await this.addEntries('templates', config.templates)
    await this.addEntries('identities', config.identities)
    await this.addEntries('regions', config.regions)
    await this.setText('account', config.account)
  }

  /**
   * The address once the page has written the current inputs into its fragment (it does so a
   * moment after the last edit): the fragment stops changing.
   */
  async shareLink(): Promise<string> {
    let last = ''
    await expect
      .poll(
        () => {
          const [previous, current] = [last, this.page.url()]
          last = current
          return current === previous
        },
        { intervals: [300] },
      )
      .toBe(true)
    return last
  }

  async waitForMonaco(): Promise<void> {
    await expect(this.editor.locator('.monaco-editor .view-lines')).toBeVisible()
  }

  /**
   * The policy as shown: Monaco's rendered lines once it has mounted (the editor grows to fit,
   * so every line is rendered), the plain-text fallback before that.
   */
  async policyText(): Promise<string> {
    await this.waitForMonaco()
    return this.editor.locator('.view-lines').evaluate((lines) =>
      [...lines.querySelectorAll<HTMLElement>('.view-line')]
        .map((line) => ({ top: parseFloat(line.style.top), text: line.textContent ?? '' }))
        .sort((a, b) => a.top - b.top)
        .map((line) => line.text.replace(/\u00a0/g, ' '))
        .join('\n'),
    )
  }

  /** Rests the pointer on an action in the editor and returns the hover's text. */
  async hoverAction(action: string): Promise<string> {
    await this.waitForMonaco()
    const token = this.editor.locator('.view-line span span', { hasText: `"${action}"` }).first()
    await token.hover()
    const hover = this.page.locator('.monaco-hover:not(.hidden)').first()
    await expect(hover).toContainText(action)
    return (await hover.textContent()) ?? ''
  }

  /** The first operation the explanations list gives for an action. */
  async firstReasonOf(action: string): Promise<string> {
    const entry = this.page.locator(`[data-testid=statement-action][data-action="${action}"]`)
    return (await entry.first().getByTestId('reason-operation').first().textContent()) ?? ''
  }

  async copy(): Promise<void> {
    await this.page.getByTestId('copy').click()
  }

  async download() {
    const download = this.page.waitForEvent('download')
    await this.page.getByTestId('download').click()
    return download
  }

  issueOf(field: string): Locator {
    return this.page.getByTestId(`input-${field}`)
  }
}
