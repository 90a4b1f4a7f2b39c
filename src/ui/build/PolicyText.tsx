import Box from '@mui/material/Box'
import { MONO_FONTS } from '../theme'

/**
 * The policy as plain text: what the page shows until Monaco has loaded, so the policy can be
 * read and copied from the first paint.
 */
export function PolicyText({ text, testId }: { text: string; testId: string }) {
  return (
    <Box
      component="pre"
      data-testid={testId}
      sx={{
        m: 0,
        p: '0 0 0 26px',
        fontFamily: MONO_FONTS,
        fontSize: 13,
        lineHeight: '19px',
        whiteSpace: 'pre',
        overflowX: 'auto',
      }}
    >
      {text}
    </Box>
  )
}
