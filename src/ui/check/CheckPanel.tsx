/**
 * The Check tab: paste a policy, see what is wrong with it for the configured app, fix it in
 * place or compare it with the generated one. Findings are recomputed from the pasted text on
 * a short delay after each keystroke; nothing about them is stored.
 */
import Accordion from '@mui/material/Accordion'
import Alert from '@mui/material/Alert'
import AccordionDetails from '@mui/material/AccordionDetails'
import AccordionSummary from '@mui/material/AccordionSummary'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import FormControlLabel from '@mui/material/FormControlLabel'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import SvgIcon from '@mui/material/SvgIcon'
import Switch from '@mui/material/Switch'
import Typography from '@mui/material/Typography'
import { Suspense, useCallback, useRef, useState } from 'react'
import { isBlocked, reasonsFor, useDerivedPolicy } from '../derived'
import type { CheckEditorHandle } from '../editor/CheckEditor'
import { EditorBoundary } from '../editor/EditorBoundary'
import { LazyCheckEditor, LazyDiffView } from '../editor/lazy'
import type { Assumptions } from '../../core'
import { useNotify } from '../notify'
import { PolicySize } from '../build/PolicySize'
import { usePageStore } from '../store'
import { MONO_FONTS } from '../theme'
import { applyFix } from './checker'
import type { Finding } from './checker'
import { FindingList } from './FindingList'
import { RequestLists } from './RequestLists'
import { useCheck } from './useCheck'
import { useDebounced } from './useDebounced'

/** Checking a large paste on every keystroke would make typing lag; wait longer for those. */
const LARGE_PASTE = 100_000
const DELAY_MS = 150
const LARGE_DELAY_MS = 600

export function CheckPanel() {
  const pasted = usePageStore((s) => s.pastedPolicy)
  const setPasted = usePageStore((s) => s.setPastedPolicy)
  const config = usePageStore((s) => s.config)
  const generated = useDerivedPolicy()
  const checked = useDebounced(pasted, pasted.length > LARGE_PASTE ? LARGE_DELAY_MS : DELAY_MS)
  const result = useCheck(checked, config)
  const notify = useNotify()
  const editor = useRef<CheckEditorHandle | undefined>(undefined)
  const onReady = useCallback((handle: CheckEditorHandle | undefined) => {
    editor.current = handle
  }, [])
  const findings = result?.findings ?? []
  const explain = useCallback((action: string) => reasonsFor(generated, action), [generated])
  const fallback = <PasteFallback value={pasted} onChange={setPasted} />

  const select = (finding: Finding): void => editor.current?.reveal(finding.offset, finding.length)
  // A fix's offsets point into the text that was checked; one offered for older text waits.
  const fix = (finding: Finding): void => {
    const fixed = checked === pasted ? applyFix(pasted, finding) : undefined
    if (fixed === undefined) notify('That fix no longer fits the text; try again in a moment.')
    else setPasted(fixed)
  }

  return (
    <Box
      data-testid="check-panel"
      sx={{
        display: 'grid',
        gap: 2,
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'minmax(0, 7fr) minmax(0, 5fr)' },
      }}
    >
      <Paper sx={{ p: 2, display: 'flex', flexDirection: 'column', minHeight: 520 }}>
        <Stack
          direction="row"
          spacing={1}
          useFlexGap
          sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', mb: 1.5 }}
        >
          <Typography variant="h2">Policy to check</Typography>
          <Button
            size="small"
            variant="outlined"
            disabled={isBlocked(generated)}
            onClick={() => setPasted(generated.json)}
            data-testid="use-generated"
          >
            Use the generated policy
          </Button>
        </Stack>
        <Box sx={{ flex: 1, minHeight: 440, border: 1, borderColor: 'divider' }}>
          <EditorBoundary fallback={fallback}>
            <Suspense fallback={fallback}>
              <LazyCheckEditor
                value={pasted}
                onChange={setPasted}
                markers={findings}
                onReady={onReady}
                explain={explain}
                fallback={fallback}
              />
            </Suspense>
          </EditorBoundary>
        </Box>
        {result && <PolicySize sizes={result.sizes} />}
        <ShareOptIn />
      </Paper>
      {/* Findings quote paths and ARNs, long words that must wrap rather than widen the page. */}
      <Stack spacing={2} sx={{ minWidth: 0, overflowWrap: 'anywhere' }}>
        <Paper sx={{ p: 2 }}>
          <Typography variant="h2" sx={{ mb: 1 }}>
            Findings
          </Typography>
          {result && <Assumed assumed={result.assumed} />}
          {result ? (
            <FindingList findings={findings} onSelect={select} onFix={fix} />
          ) : (
            <Typography variant="body2" color="text.secondary">
              Paste an IAM policy to check it against the configuration on the Build tab.
            </Typography>
          )}
        </Paper>
        {result && <RequestLists missing={result.missing} unneeded={result.unneeded} />}
      </Stack>
      {pasted.trim() !== '' && (
        <Box sx={{ gridColumn: '1 / -1' }}>
          <Compare pasted={pasted} generated={generated.json} />
        </Box>
      )}
    </Box>
  )
}

function Compare({ pasted, generated }: { pasted: string; generated: string }) {
  const [open, setOpen] = useState(false)
  return (
    <Accordion expanded={open} onChange={(_event, expanded) => setOpen(expanded)} disableGutters>
      <AccordionSummary data-testid="compare-toggle" expandIcon={<ChevronIcon />}>
        <Typography variant="h2">Compare with the generated policy</Typography>
      </AccordionSummary>
      <AccordionDetails>
        {open && (
          <EditorBoundary fallback="The comparison needs the editor, which could not be loaded.">
            <Suspense fallback={<Typography variant="body2">Loading the editor…</Typography>}>
              <LazyDiffView pasted={pasted} generated={generated} fallback="Loading the editor…" />
            </Suspense>
          </EditorBoundary>
        )}
      </AccordionDetails>
    </Accordion>
  )
}

function ChevronIcon() {
  return (
    <SvgIcon viewBox="0 0 20 20">
      <path d="M5 7.5l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="1.8" />
    </SvgIcon>
  )
}

function ShareOptIn() {
  const on = usePageStore((s) => s.sharePolicy)
  const setOn = usePageStore((s) => s.setSharePolicy)
  return (
    <FormControlLabel
      sx={{ mt: 1 }}
      control={
        <Switch
          size="small"
          checked={on}
          onChange={(event) => setOn(event.target.checked)}
          slotProps={{ input: { 'data-testid': 'switch-share-policy' } as object }}
        />
      }
      label="Include the pasted policy in the share link (it may contain account IDs)"
    />
  )
}

/** A plain text area until Monaco arrives, so a policy can be pasted right away. */
function PasteFallback({ value, onChange }: { value: string; onChange: (text: string) => void }) {
  return (
    <Box
      component="textarea"
      value={value}
      onChange={(event) => onChange((event.target as HTMLTextAreaElement).value)}
      spellCheck={false}
      aria-label="Policy to check"
      data-testid="check-input-fallback"
      sx={{
        width: '100%',
        height: '100%',
        minHeight: 440,
        border: 0,
        resize: 'none',
        fontFamily: MONO_FONTS,
        fontSize: 13,
        p: 1,
      }}
    />
  )
}

const ASSUMED_LABELS: Record<keyof Assumptions, string> = {
  account: 'account',
  regions: 'regions',
  identities: 'identities',
  templates: 'templates',
}

/**
 * Inputs the Build tab leaves empty that the check read from the pasted policy's ARNs: said
 * plainly, since they decide what counts as missing.
 */
function Assumed({ assumed }: { assumed: Assumptions }) {
  const parts = (Object.keys(ASSUMED_LABELS) as (keyof Assumptions)[]).flatMap((key) => {
    const value = assumed[key]
    if (value === undefined) return []
    return [`${ASSUMED_LABELS[key]} ${typeof value === 'string' ? value : value.join(', ')}`]
  })
  if (parts.length === 0) return null
  return (
    <Alert severity="info" variant="outlined" data-testid="check-assumed" sx={{ mb: 1 }}>
      Not entered on the Build tab, so read from the policy: {parts.join('; ')}.
    </Alert>
  )
}
