/**
 * The editors, each loaded on demand: Monaco is most of the page's weight, and the inputs and
 * the policy text must be usable before it arrives. All three share one Monaco chunk.
 */
import { lazy } from 'react'

export const LazyPolicyEditor = lazy(() => import('./PolicyEditor'))
export const LazyCheckEditor = lazy(() => import('./CheckEditor'))
export const LazyDiffView = lazy(() => import('./DiffView'))
