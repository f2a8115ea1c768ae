/**
 * What every reading rule compares text by: white space, where any run of it is one space; prefixes taken off ("the ",
 * "T/", a list marker); keywords looked for before a pattern is tried (a line with no "from" in it is no "Actions
 * arising from ..." heading); and the fragments of dates as notes write them ("26th November 2020", "Nov-20").
 */
package org.scrutiny.parse.text;
