/**
 * The page's one store: what the user typed and which view is open. Everything shown from it
 * (policy, explanations, findings, share link) is computed by the pure core on render, so the
 * store can never disagree with the configuration it was derived from.
 */
import { create } from 'zustand'
import { DEFAULT_CONFIG } from '../core'
import type { Config } from '../core'

export type Tab = 'build' | 'check'

export interface PageState {
  readonly config: Config
  /** The policy pasted into the Check panel, exactly as typed. */
  readonly pastedPolicy: string
  readonly tab: Tab
  /** Whether the share link carries the pasted policy too; off so nothing leaks by accident. */
  readonly sharePolicy: boolean
  /** Why the link the page was opened with could not be read, until the user dismisses it. */
  readonly linkError: string | undefined
}

interface PageActions {
  setField: <K extends keyof Config>(field: K, value: Config[K]) => void
  resetConfig: () => void
  setPastedPolicy: (text: string) => void
  setTab: (tab: Tab) => void
  setSharePolicy: (on: boolean) => void
  /** Replaces the inputs with those read from a share link. */
  restore: (config: Config, policy: string | undefined) => void
  setLinkError: (message: string | undefined) => void
}

export const INITIAL_STATE: PageState = {
  config: DEFAULT_CONFIG,
  pastedPolicy: '',
  tab: 'build',
  sharePolicy: false,
  linkError: undefined,
}

export const usePageStore = create<PageState & PageActions>()((set) => ({
  ...INITIAL_STATE,
  setField: (field, value) => set((s) => ({ config: { ...s.config, [field]: value } })),
  resetConfig: () => set({ config: DEFAULT_CONFIG }),
  setPastedPolicy: (pastedPolicy) => set({ pastedPolicy }),
  setTab: (tab) => set({ tab }),
  setSharePolicy: (sharePolicy) => set({ sharePolicy }),
  restore: (config, policy) =>
    set(
      policy === undefined
        ? { config }
        : { config, pastedPolicy: policy, sharePolicy: true, tab: 'check' },
    ),
  setLinkError: (linkError) => set({ linkError }),
}))
