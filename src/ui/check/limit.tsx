/**
 * Long lists are cut: a pasted megabyte can yield tens of thousands of findings, and rendering
 * them all would freeze the page. The first ones are the ones to fix first anyway.
 */
import Typography from '@mui/material/Typography'

export const LIST_LIMIT = 50

/** The "and N more" line under a cut list; nothing when the list was shown whole. */
export function MoreNote({ total }: { readonly total: number }) {
  if (total <= LIST_LIMIT) return null
  return (
    <Typography variant="body2" color="text.secondary" data-testid="list-cut" sx={{ mt: 1 }}>
      Showing the first {LIST_LIMIT} of {total}.
    </Typography>
  )
}
