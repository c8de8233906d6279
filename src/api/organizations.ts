import { listKeys, listQueryOptions } from './list-query'

export const organizationKeys = listKeys('organizations')
export const organizationsQuery = () => listQueryOptions('organizations')
