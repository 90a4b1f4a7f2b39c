/** An info mark beside an input whose tooltip explains what the input means for the policy. */
import SvgIcon from '@mui/material/SvgIcon'
import Tooltip from '@mui/material/Tooltip'

export function InfoIcon() {
  return (
    <SvgIcon fontSize="inherit" viewBox="0 0 20 20">
      <circle cx="10" cy="10" r="8.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <rect x="9.1" y="8.6" width="1.8" height="6" rx="0.6" />
      <circle cx="10" cy="6" r="1.1" />
    </SvgIcon>
  )
}

export interface FieldHelpProps {
  readonly id: string
  readonly text: string
}

export function FieldHelp({ id, text }: FieldHelpProps) {
  return (
    <Tooltip title={text} placement="top-start">
      <span
        role="img"
        aria-label={text}
        tabIndex={0}
        data-testid={`help-${id}`}
        style={{
          display: 'inline-flex',
          marginLeft: 4,
          color: '#5f6b7a',
          fontSize: 15,
          verticalAlign: 'text-bottom',
          cursor: 'help',
        }}
      >
        <InfoIcon />
      </span>
    </Tooltip>
  )
}

/** A label followed by its help mark, for use as an input's label. */
export function HelpLabel({ id, label, help }: { id: string; label: string; help: string }) {
  return (
    <span style={{ pointerEvents: 'auto' }}>
      {label}
      <FieldHelp id={id} text={help} />
    </span>
  )
}
