import useMediaQuery from '@mui/material/useMediaQuery'
import type { Theme } from '@mui/material/styles'
import { EDITOR_OPTIONS } from './monaco'

/**
 * On a phone a policy's ARNs are wider than the screen: wrap them under their own start and
 * narrow the gutter, so a policy reads without scrolling the editor sideways.
 */
const PHONE_OPTIONS = {
  wordWrap: 'on',
  wrappingIndent: 'same',
  lineNumbersMinChars: 2,
  folding: false,
} as const

/** The editor options for the current screen width; both editors use them. */
export function useEditorOptions(): typeof EDITOR_OPTIONS {
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'))
  return phone ? { ...EDITOR_OPTIONS, ...PHONE_OPTIONS } : EDITOR_OPTIONS
}
