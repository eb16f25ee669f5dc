#!/bin/sh
echo "casus: the native Prisma schema engine is not installed; use npm run db:migrate / npm run db:new-migration instead" >&2
exit 1
