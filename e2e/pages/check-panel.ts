/** The Check tab as a test sees it: the pasted policy, its findings and the share opt-in. */
import type { Locator, Page } from '@playwright/test'
import { expect } from '@playwright/test'

export class CheckPanel {
  readonly editor: Locator
  readonly findings: Locator

  constructor(readonly page: Page) {
    this.editor = page.getByTestId('check-editor')
    this.findings = page.getByTestId('finding')
  }

  async open(): Promise<void> {
    await this.page.getByTestId('tab-check').click()
    await expect(this.page.getByTestId('check-panel')).toBeVisible()
  }

  async waitForMonaco(): Promise<void> {
    await expect(this.editor.locator('.monaco-editor .view-lines')).toBeVisible()
  }

  async useGenerated(): Promise<void> {
    await this.page.getByTestId('use-generated').click()
  }

  /** Pastes through the clipboard, as a user would: typing would trigger auto-closing brackets. */
  async paste(text: string): Promise<void> {
    await this.waitForMonaco()
    await this.page.evaluate((value) => navigator.clipboard.writeText(value), text)
    await this.editor.locator('.view-lines').click()
    await this.page.keyboard.press('ControlOrMeta+A')
    await this.page.keyboard.press('ControlOrMeta+V')
  }

  /**
   * The text the editor holds, copied out as a user would: the editor has a fixed height, so
   * its rendered lines are only the visible part. Needs clipboard permissions.
   */
  async text(): Promise<string> {
    await this.waitForMonaco()
    await this.editor.locator('.view-lines').click()
    await this.page.keyboard.press('ControlOrMeta+A')
    await this.page.evaluate(() => navigator.clipboard.writeText(''))
    await this.page.keyboard.press('ControlOrMeta+C')
    // The system clipboard may hand text back with CRLF line ends; the editor's model uses LF.
    const copied = await this.page.evaluate(() => navigator.clipboard.readText())
    return copied.replace(/\r\n/g, '\n')
  }

  /** The codes of the listed findings, in list order, once checking has settled. */
  async findingCodes(): Promise<string[]> {
    return this.findings.evaluateAll((items) => items.map((item) => item.dataset.code ?? ''))
  }

  /** The `action resource` pairs listed as missing or as unneeded. */
  async grants(list: 'missing-item' | 'unneeded-item'): Promise<string[]> {
    return this.page
      .getByTestId(list)
      .evaluateAll((items) =>
        items.map((item) => `${item.dataset.action ?? ''} ${item.dataset.resource ?? ''}`),
      )
  }

  finding(code: string): Locator {
    return this.page.locator(`[data-testid=finding][data-code="${code}"]`)
  }

  async selectFinding(code: string): Promise<void> {
    await this.finding(code).getByRole('button').first().click()
  }

  async applyFix(code: string): Promise<void> {
    await this.finding(code).first().getByTestId('apply-fix').click()
  }

  /** The editor's selected text, copied out with the keyboard. */
  async selection(): Promise<string> {
    await this.page.evaluate(() => navigator.clipboard.writeText(''))
    await this.page.keyboard.press('ControlOrMeta+C')
    return this.page.evaluate(() => navigator.clipboard.readText())
  }

  async setSharePolicy(on: boolean): Promise<void> {
    await this.page.getByTestId('switch-share-policy').setChecked(on)
  }

  async openCompare(): Promise<void> {
    await this.page.getByTestId('compare-toggle').click()
    await expect(this.page.getByTestId('policy-diff').locator('.monaco-diff-editor')).toBeVisible()
  }
}
