import { listKeys, listQueryOptions } from './list-query'

export const issueKeys = listKeys('issues')
export const issuesQuery = () => listQueryOptions('issues')
