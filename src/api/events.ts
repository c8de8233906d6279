import { listKeys, listQueryOptions } from './list-query'

export const eventKeys = listKeys('events')
export const eventsQuery = () => listQueryOptions('events')
