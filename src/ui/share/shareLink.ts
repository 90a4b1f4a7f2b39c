/**
 * Keeps the URL fragment and the store in step: the fragment is the share link, so opening a
 * link restores what its author saw, and editing keeps the address bar ready to copy.
 */
import { useEffect } from 'react'
import { decodeShareState, encodeShareState } from '../../core'
import type { ShareState } from '../../core'
import { usePageStore } from '../store'

/** How long typing may pause before the address bar is rewritten (replaceState is not free). */
const WRITE_DELAY_MS = 250

/**
 * Reads the state from a fragment such as `#abc...` into the store. A fragment that cannot be
 * read leaves the defaults in place and says why, instead of breaking the page.
 */
export function restoreFromFragment(hash: string): void {
  const fragment = hash.replace(/^#/, '')
  const store = usePageStore.getState()
  if (fragment === '') return

  const decoded = decodeShareState(fragment)
  if (decoded.ok) {
    store.restore(decoded.state.config, decoded.state.policy)
    store.setLinkError(undefined)
  } else {
    store.restore(usePageStore.getInitialState().config, undefined)
    store.setLinkError(decoded.error)
  }
}

/** The fragment (without '#') for what is on screen now. */
export function currentFragment(): string {
  const { config, pastedPolicy, sharePolicy } = usePageStore.getState()
  const state: ShareState =
    sharePolicy && pastedPolicy !== '' ? { config, policy: pastedPolicy } : { config }
  return encodeShareState(state)
}

/**
 * Restores the state whenever the fragment changes (a link pasted into the same tab) and
 * mirrors every edit into the address bar. The first restore happens before the first render
 * (see main.tsx), so a shared link never flashes the defaults.
 */
export function useShareLink(): void {
  useEffect(() => {
    const onHashChange = (): void => restoreFromFragment(window.location.hash)
    window.addEventListener('hashchange', onHashChange)
    return () => window.removeEventListener('hashchange', onHashChange)
  }, [])

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const unsubscribe = usePageStore.subscribe((state, previous) => {
      const changed =
        state.config !== previous.config ||
        state.sharePolicy !== previous.sharePolicy ||
        (state.sharePolicy && state.pastedPolicy !== previous.pastedPolicy)
      if (!changed) return

      clearTimeout(timer)
      timer = setTimeout(writeFragment, WRITE_DELAY_MS)
    })
    return () => {
      clearTimeout(timer)
      unsubscribe()
    }
  }, [])
}

function writeFragment(): void {
  const fragment = currentFragment()
  if (window.location.hash.replace(/^#/, '') === fragment) return

  // replaceState, not location.hash: editing must not fill the back button with every keystroke,
  // and it fires no hashchange, so the page does not restore what it just wrote.
  const url = new URL(window.location.href)
  url.hash = fragment
  window.history.replaceState(window.history.state, '', url)
}
