/**
 * Why each statement is in the policy: its purpose, each action with the operation that needs
 * it, how sure we are, and where the evidence is. This is the product's promise: nothing in the
 * policy without a reason a reader can check.
 */
import Box from '@mui/material/Box'
import Chip from '@mui/material/Chip'
import Link from '@mui/material/Link'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import type { Confidence, Reason, StatementExplanation } from '../../core'
import { MONO_FONTS } from '../theme'

const CONFIDENCE_COLOR = { high: 'success', medium: 'info', low: 'warning' } as const

export function ConfidenceChip({ confidence }: { confidence: Confidence }) {
  return (
    <Chip
      size="small"
      variant="outlined"
      color={CONFIDENCE_COLOR[confidence]}
      label={`${confidence} confidence`}
      data-testid="confidence"
      data-confidence={confidence}
    />
  )
}

export function StatementList({ statements }: { statements: readonly StatementExplanation[] }) {
  return (
    <Stack spacing={1.5} data-testid="statements" sx={{ minWidth: 0 }}>
      {statements.map((statement) => (
        // Statement ids, ARNs and source titles are long unbreakable words: on a phone they
        // must wrap rather than widen the card (overflow-wrap is inherited by everything inside).
        <Paper
          key={statement.sid}
          sx={{ p: 1.5, overflowWrap: 'anywhere' }}
          data-testid="statement"
          data-sid={statement.sid}
        >
          <Typography variant="h3" sx={{ fontFamily: MONO_FONTS }}>
            {statement.sid}
          </Typography>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {statement.purpose}
          </Typography>
          <Stack spacing={1}>
            {statement.actions.map((action) => (
              <Box key={action.action} data-testid="statement-action" data-action={action.action}>
                <Code>{action.action}</Code>
                {action.reasons.map((reason) => (
                  <ReasonLine key={reason.operation} reason={reason} />
                ))}
              </Box>
            ))}
          </Stack>
          <Resources statement={statement} />
          {statement.conditionNotes.map((note) => (
            <Typography key={note} variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
              {note}
            </Typography>
          ))}
        </Paper>
      ))}
    </Stack>
  )
}

function ReasonLine({ reason }: { reason: Reason }) {
  return (
    <Box sx={{ pl: 1.5, borderLeft: 2, borderColor: 'divider', mt: 0.5 }}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }} data-testid="reason-operation">
          {reason.operation}
        </Typography>
        <ConfidenceChip confidence={reason.confidence} />
      </Stack>
      <Typography variant="body2">{reason.why}</Typography>
      {reason.sources.length > 0 && (
        <Typography variant="caption" color="text.secondary" component="div">
          Sources:{' '}
          {reason.sources.map((source, index) => (
            <span key={source.url}>
              {index > 0 && ' · '}
              <Link href={source.url} target="_blank" rel="noreferrer noopener">
                {source.title}
              </Link>
            </span>
          ))}
        </Typography>
      )}
    </Box>
  )
}

function Resources({ statement }: { statement: StatementExplanation }) {
  if (statement.resources.length === 0) return null
  return (
    <Box sx={{ mt: 1 }}>
      <Typography variant="caption" color="text.secondary">
        Resources
      </Typography>
      {statement.resources.map((resource) => (
        <Typography key={resource.arn} variant="body2">
          <Code>{resource.arn}</Code> {resource.why}
        </Typography>
      ))}
    </Box>
  )
}

function Code({ children }: { children: string }) {
  return (
    <Box
      component="code"
      sx={{
        fontFamily: MONO_FONTS,
        fontSize: '0.85em',
        bgcolor: 'action.hover',
        px: 0.5,
      }}
    >
      {children}
    </Box>
  )
}
