import { createTheme } from '@mui/material/styles'

// System fonts only: the page must not fetch anything from another origin, and a web font
// would also delay the first paint of the policy.
const SYSTEM_FONTS = [
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  '"Helvetica Neue"',
  'Arial',
  'sans-serif',
].join(',')

export const MONO_FONTS = [
  'ui-monospace',
  '"SFMono-Regular"',
  '"Cascadia Mono"',
  '"DejaVu Sans Mono"',
  'Menlo',
  'Consolas',
  'monospace',
].join(',')

export const theme = createTheme({
  palette: {
    primary: { main: '#1f4e79' },
    secondary: { main: '#8a4b08' },
    background: { default: '#f4f6f8' },
  },
  shape: { borderRadius: 6 },
  typography: {
    fontFamily: SYSTEM_FONTS,
    fontSize: 13,
    h1: { fontSize: '1.35rem', fontWeight: 600 },
    h2: { fontSize: '1.05rem', fontWeight: 600 },
    h3: { fontSize: '0.95rem', fontWeight: 600 },
    button: { textTransform: 'none', fontWeight: 600 },
  },
  components: {
    MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
    MuiSelect: { defaultProps: { size: 'small' } },
    MuiAutocomplete: { defaultProps: { size: 'small' } },
    MuiTooltip: { defaultProps: { arrow: true, enterDelay: 200 } },
    MuiPaper: { defaultProps: { variant: 'outlined' } },
  },
})
