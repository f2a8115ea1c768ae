/**
 * Reports on actions brought forward from earlier meetings: each item under a heading that names the meeting which
 * raised them, its wording as first recorded, then its update ("Update: 1. Ongoing"), and whether the update leaves it
 * open ("work continues", "awaiting") or closed ("complete").
 */
package org.scrutiny.parse.updates;
