/**
 * Short confirmations ("Link copied") in one snackbar for the whole page. A context rather than
 * the store: a toast is transient feedback, not state anyone would share or restore.
 */
import Snackbar from '@mui/material/Snackbar'
import { createContext, useCallback, useContext, useState } from 'react'
import type { ReactNode } from 'react'

const NotifyContext = createContext<(message: string) => void>(() => undefined)

export function NotifyProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<string | undefined>(undefined)
  const [serial, setSerial] = useState(0)
  const notify = useCallback((text: string) => {
    setMessage(text)
    setSerial((n) => n + 1)
  }, [])

  return (
    <NotifyContext value={notify}>
      {children}
      <Snackbar
        key={serial}
        open={message !== undefined}
        message={message}
        autoHideDuration={2500}
        onClose={() => setMessage(undefined)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
        slotProps={{ content: { 'data-testid': 'snackbar' } as object }}
      />
    </NotifyContext>
  )
}

/** Shows a short message at the bottom of the page. */
export function useNotify(): (message: string) => void {
  return useContext(NotifyContext)
}
