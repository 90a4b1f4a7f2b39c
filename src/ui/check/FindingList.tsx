/** The checker's findings as a list: choosing one moves the editor's cursor to it. */
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import List from '@mui/material/List'
import ListItem from '@mui/material/ListItem'
import ListItemButton from '@mui/material/ListItemButton'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import type { Finding } from './checker'
import { MONO_FONTS } from '../theme'
import { LIST_LIMIT, MoreNote } from './limit'

const SEVERITY_COLOR = {
  error: 'error',
  security: 'error',
  warning: 'warning',
  suggestion: 'info',
} as const

export interface FindingListProps {
  readonly findings: readonly Finding[]
  readonly onSelect: (finding: Finding) => void
  readonly onFix: (finding: Finding) => void
}

export function FindingList({ findings, onSelect, onFix }: FindingListProps) {
  if (findings.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid="no-findings">
        No findings.
      </Typography>
    )
  }

  return (
    <>
      <List dense disablePadding data-testid="findings">
        {findings.slice(0, LIST_LIMIT).map((finding, index) => (
          <ListItem
            key={`${finding.code}-${finding.offset}-${index}`}
            disablePadding
            data-testid="finding"
            data-code={finding.code}
            data-path={finding.path}
            sx={{ display: 'block' }}
          >
            <ListItemButton onClick={() => onSelect(finding)} sx={{ px: 1 }}>
              <Stack spacing={0.25}>
                <Stack
                  direction="row"
                  spacing={1}
                  useFlexGap
                  sx={{ alignItems: 'center', flexWrap: 'wrap' }}
                >
                  <Chip
                    size="small"
                    color={SEVERITY_COLOR[finding.severity]}
                    label={finding.severity}
                  />
                  <Typography variant="caption" sx={{ fontFamily: MONO_FONTS }}>
                    {finding.code}
                  </Typography>
                  <Typography
                    variant="caption"
                    color="text.secondary"
                    sx={{ fontFamily: MONO_FONTS }}
                  >
                    {finding.path || '(document)'} · line {finding.line}
                  </Typography>
                </Stack>
                <Typography variant="body2">
                  {finding.message}
                  {finding.value !== undefined && (
                    <Typography component="span" variant="body2" sx={{ fontFamily: MONO_FONTS }}>
                      {' '}
                      ({finding.value})
                    </Typography>
                  )}
                </Typography>
              </Stack>
            </ListItemButton>
            {finding.fix && (
              <Button
                size="small"
                onClick={() => onFix(finding)}
                data-testid="apply-fix"
                sx={{ ml: 0.5, mb: 0.5 }}
              >
                Apply fix: {finding.fix.title}
              </Button>
            )}
          </ListItem>
        ))}
      </List>
      <MoreNote total={findings.length} />
    </>
  )
}
