import { create } from 'zustand'

interface PresentationState {
  /** The browser refused full screen (or has none): the slides show in the window instead. */
  fullscreenRefused: boolean
  /** Set on leaving the slides, so the Present button takes focus back on the dashboard. */
  returningToDashboard: boolean
}

export const usePresentationStore = create<PresentationState>()(() => ({ fullscreenRefused: false, returningToDashboard: false }))
