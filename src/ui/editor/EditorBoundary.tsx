import { Component } from 'react'
import type { ReactNode } from 'react'

interface Props {
  /** What to show if the editor cannot be loaded: the same plain view shown while it loads. */
  readonly fallback: ReactNode
  readonly children: ReactNode
}

/**
 * Keeps the page working when Monaco's chunk cannot be fetched (a dropped connection, a proxy
 * blocking workers): the plain view stays instead of the whole page failing with the import.
 */
export class EditorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children
  }
}
