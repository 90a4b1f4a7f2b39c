/**
 * What the pasted policy misses (requests the configured app makes that it would deny) and
 * what it grants beyond them. Both come from evaluating the app's requests against the policy.
 */
import List from '@mui/material/List'
import ListItem from '@mui/material/ListItem'
import ListItemText from '@mui/material/ListItemText'
import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'
import type { MissingPermission, UnneededGrant } from '../../core'
import { MONO_FONTS } from '../theme'
import { LIST_LIMIT, MoreNote } from './limit'

export interface RequestListsProps {
  readonly missing: readonly MissingPermission[]
  readonly unneeded: readonly UnneededGrant[]
}

export function RequestLists({ missing, unneeded }: RequestListsProps) {
  return (
    <>
      <GrantList
        testId="missing"
        title="Denied requests the app makes"
        items={missing}
        detail={(m) => `${m.operation}: ${m.reason}`}
      />
      <GrantList testId="unneeded" title="Granted but not needed" items={unneeded} />
    </>
  )
}

interface GrantListProps<T extends UnneededGrant | MissingPermission> {
  readonly testId: 'missing' | 'unneeded'
  readonly title: string
  readonly items: readonly T[]
  readonly detail?: (item: T) => string
}

/** One list of (action, resource) pairs, cut at LIST_LIMIT. */
function GrantList<T extends UnneededGrant | MissingPermission>(props: GrantListProps<T>) {
  const { testId, title, items, detail } = props
  return (
    <Paper sx={{ p: 2 }} data-testid={testId}>
      <Typography variant="h2">
        {title} ({items.length})
      </Typography>
      <List dense disablePadding>
        {items.slice(0, LIST_LIMIT).map((item, index) => (
          <ListItem
            key={`${index} ${item.action} ${item.resource}`}
            disableGutters
            data-testid={`${testId}-item`}
            data-action={item.action}
            data-resource={item.resource}
          >
            <ListItemText
              primary={`${item.action} on ${item.resource}`}
              secondary={detail?.(item)}
              slotProps={{ primary: { sx: { fontFamily: MONO_FONTS, fontSize: 13 } } }}
            />
          </ListItem>
        ))}
      </List>
      <MoreNote total={items.length} />
    </Paper>
  )
}
