/**
 * The page: a header with the share link, the Build and Check tabs, and a message when the
 * link the page was opened with could not be read.
 */
import Alert from '@mui/material/Alert'
import AppBar from '@mui/material/AppBar'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Container from '@mui/material/Container'
import Tab from '@mui/material/Tab'
import Tabs from '@mui/material/Tabs'
import Toolbar from '@mui/material/Toolbar'
import Typography from '@mui/material/Typography'
import { Suspense, lazy } from 'react'
import { ConfigForm } from './build/ConfigForm'
import { PolicyPanel } from './build/PolicyPanel'
import { copyText } from './build/policyFile'
import { NotifyProvider, useNotify } from './notify'
import { currentFragment, useShareLink } from './share/shareLink'
import { usePageStore } from './store'
import type { Tab as TabId } from './store'

// The checker and AWS's reference data load with the Check tab, not with the first paint.
const CheckPanel = lazy(async () => ({ default: (await import('./check/CheckPanel')).CheckPanel }))

export function App() {
  useShareLink()
  const tab = usePageStore((s) => s.tab)
  const setTab = usePageStore((s) => s.setTab)

  return (
    <NotifyProvider>
      <AppBar position="static" elevation={0}>
        <Toolbar variant="dense" sx={{ gap: 2 }}>
          <Box sx={{ flex: 1, py: 1 }}>
            <Typography variant="h1" component="h1">
              SES Policy Builder
            </Typography>
            <Typography variant="body2" sx={{ opacity: 0.85 }}>
              Least-privilege IAM policies for apps that send mail through Amazon SES, with every
              permission explained.
            </Typography>
          </Box>
          <ShareButton />
        </Toolbar>
      </AppBar>
      <Container maxWidth="xl" sx={{ py: 2 }}>
        <LinkError />
        <Tabs
          value={tab}
          onChange={(_event, value: TabId) => setTab(value)}
          sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}
        >
          <Tab value="build" label="Build" data-testid="tab-build" />
          <Tab value="check" label="Check" data-testid="tab-check" />
        </Tabs>
        {tab === 'build' ? (
          <BuildPanel />
        ) : (
          <Suspense fallback={<Typography variant="body2">Loading the checker…</Typography>}>
            <CheckPanel />
          </Suspense>
        )}
      </Container>
    </NotifyProvider>
  )
}

function BuildPanel() {
  return (
    <Box
      data-testid="build-panel"
      sx={{
        display: 'grid',
        gap: 2,
        alignItems: 'start',
        // minmax(0, …): a column's widest unbreakable text must not widen the page on a phone.
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'minmax(320px, 5fr) minmax(0, 7fr)' },
      }}
    >
      <ConfigForm />
      <PolicyPanel />
    </Box>
  )
}

function ShareButton() {
  const notify = useNotify()
  const share = async (): Promise<void> => {
    const url = new URL(window.location.href)
    url.hash = currentFragment()
    window.history.replaceState(window.history.state, '', url)
    const ok = await copyText(url.toString())
    notify(ok ? 'Share link copied. It holds your inputs, not your account.' : url.toString())
  }
  return (
    <Button
      color="inherit"
      variant="outlined"
      size="small"
      onClick={() => void share()}
      data-testid="share"
    >
      Copy share link
    </Button>
  )
}

function LinkError() {
  const error = usePageStore((s) => s.linkError)
  const setError = usePageStore((s) => s.setLinkError)
  if (error === undefined) return null
  return (
    <Alert
      severity="error"
      onClose={() => setError(undefined)}
      sx={{ mb: 2 }}
      data-testid="link-error"
    >
      The share link could not be read, so the page opened with the default inputs. {error}
    </Alert>
  )
}
