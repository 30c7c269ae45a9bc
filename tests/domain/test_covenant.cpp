// Issue 15: filled in by the covenant work.

#include "support/support.h"
