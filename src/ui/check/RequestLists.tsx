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
      <Paper sx={{ p: 2 }} data-testid="missing">
        <Typography variant="h2">Denied requests the app makes ({missing.length})</Typography>
        <List dense disablePadding>
          {missing.slice(0, LIST_LIMIT).map((m, index) => (
            <ListItem
              key={`${index} ${m.action} ${m.resource}`}
              disableGutters
              data-testid="missing-item"
              data-action={m.action}
              data-resource={m.resource}
            >
              <ListItemText
                primary={`${m.action} on ${m.resource}`}
                secondary={`${m.operation}: ${m.reason}`}
                slotProps={{ primary: { sx: { fontFamily: MONO_FONTS, fontSize: 13 } } }}
              />
            </ListItem>
          ))}
        </List>
        <MoreNote total={missing.length} />
      </Paper>
      <Paper sx={{ p: 2 }} data-testid="unneeded">
        <Typography variant="h2">Granted but not needed ({unneeded.length})</Typography>
        <List dense disablePadding>
          {unneeded.slice(0, LIST_LIMIT).map((u, index) => (
            <ListItem
              key={`${index} ${u.action} ${u.resource}`}
              disableGutters
              data-testid="unneeded-item"
              data-action={u.action}
              data-resource={u.resource}
            >
              <ListItemText
                primary={`${u.action} on ${u.resource}`}
                slotProps={{ primary: { sx: { fontFamily: MONO_FONTS, fontSize: 13 } } }}
              />
            </ListItem>
          ))}
        </List>
        <MoreNote total={unneeded.length} />
      </Paper>
    </>
  )
}
