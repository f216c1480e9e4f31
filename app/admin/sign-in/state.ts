export type SignInState = { status: 'idle' } | { status: 'error'; message: string }
