import type { SummaryVoice } from '@/contract/schemas'

/**
 * A summary as written: one that reports speakers names them itself ("Wang said ..."); one in the
 * cable's own voice says so, so no reader mistakes an official's claim for the cable's.
 */
export function SummaryText({ summary, voice }: { summary: string; voice: SummaryVoice }) {
  return (
    <>
      {voice === 'cable' && <span className="voice-label">The cable states: </span>}
      {summary}
    </>
  )
}
