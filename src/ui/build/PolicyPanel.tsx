/**
 * The policy side of the Build tab: the policy itself, what to know about it, how to take it
 * away (copy, download), and why each part is there.
 */
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { Suspense, useCallback, useState } from 'react'
import { isBlocked, reasonsFor, useDerivedPolicy } from '../derived'
import { EditorBoundary } from '../editor/EditorBoundary'
import { LazyPolicyEditor } from '../editor/lazy'
import { useNotify } from '../notify'
import { PolicySize } from './PolicySize'
import { StatementList } from './Explanations'
import { copyText, downloadText } from './policyFile'
import { PolicyText } from './PolicyText'

export function PolicyPanel() {
  const derived = useDerivedPolicy()
  const explain = useCallback((action: string) => reasonsFor(derived, action), [derived])
  const fallback = <PolicyText text={derived.json} testId="policy-text" />

  return (
    <Stack spacing={2} data-testid="policy-panel" sx={{ minWidth: 0 }}>
      <Paper sx={{ p: 2 }}>
        <Stack
          direction="row"
          spacing={1}
          useFlexGap
          sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', mb: 1.5 }}
        >
          <Typography variant="h2">IAM policy</Typography>
          <PolicyButtons json={derived.json} blocked={isBlocked(derived)} />
        </Stack>
        <EditorBoundary fallback={fallback}>
          <Suspense fallback={fallback}>
            <LazyPolicyEditor value={derived.json} explain={explain} fallback={fallback} />
          </Suspense>
        </EditorBoundary>
        <PolicySize text={derived.json} />
      </Paper>
      {derived.notes.length > 0 && (
        <Stack spacing={1} data-testid="notes">
          {derived.notes.map((note) => (
            <Alert
              key={note.code}
              severity={note.level}
              data-testid="note"
              data-code={note.code}
              variant="outlined"
              sx={{ '& .MuiAlert-message': { minWidth: 0, overflowWrap: 'anywhere' } }}
            >
              {note.message}
            </Alert>
          ))}
        </Stack>
      )}
      <Typography variant="h2">Why each permission is there</Typography>
      <StatementList statements={derived.statements} />
    </Stack>
  )
}

/**
 * Copy and Download. While an input is invalid they are disabled, with the reason beside them:
 * the policy shown then lacks the dropped entries and may grant more than the user meant.
 */
function PolicyButtons({ json, blocked }: { json: string; blocked: boolean }) {
  const notify = useNotify()
  const [copied, setCopied] = useState(false)

  const copy = async (): Promise<void> => {
    const ok = await copyText(json)
    setCopied(ok)
    notify(ok ? 'Policy copied to the clipboard.' : 'The browser did not allow copying.')
  }

  return (
    <Stack
      direction="row"
      spacing={1}
      useFlexGap
      sx={{ alignItems: 'center', flexWrap: 'wrap', justifyContent: 'flex-end' }}
    >
      {blocked && (
        <Typography variant="body2" color="error" role="status" data-testid="policy-blocked">
          Fix the inputs marked in red before using this policy.
        </Typography>
      )}
      <Button
        size="small"
        variant="contained"
        disabled={blocked}
        onClick={() => void copy()}
        data-testid="copy"
      >
        {copied ? 'Copied' : 'Copy'}
      </Button>
      <Button
        size="small"
        variant="outlined"
        disabled={blocked}
        onClick={() => downloadText(json, 'policy.json')}
        data-testid="download"
      >
        Download policy.json
      </Button>
    </Stack>
  )
}
