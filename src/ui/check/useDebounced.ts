import { useEffect, useState } from 'react'

/** The value as it was `delayMs` after it last changed, so heavy work skips the keystrokes between. */
export function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs)
    return () => clearTimeout(timer)
  }, [value, delayMs])
  return settled
}
