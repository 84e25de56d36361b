package ai.dialer.plugins.notes;

import java.util.List;

/**
 * A note as the original API showed it.
 *
 * @param id never reused, even after a delete
 * @param content the note's text
 * @param timestamp when it was taken, ISO-8601 in UTC
 * @param userId whose note it is
 * @param tags labels for finding it again
 */
public record Note(long id, String content, String timestamp, String userId, List<String> tags) {}
