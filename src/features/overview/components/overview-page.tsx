import { CableHeaderPanel } from './cable-header-panel'
import { VenueListPanel } from './venue-list-panel'

export function OverviewPage() {
  return (
    <>
      <CableHeaderPanel />
      <VenueListPanel />
    </>
  )
}
