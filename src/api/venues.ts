import { listKeys, listQueryOptions } from './list-query'

export const venueKeys = listKeys('venues')
export const venuesQuery = () => listQueryOptions('venues')
