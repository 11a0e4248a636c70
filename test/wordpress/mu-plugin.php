<?php
/**
 * Plugin Name: news-embed test host access
 * Description: Test-only: lets this WordPress fetch the local story host (a loopback address on a
 * port other than 80, 443 or 8080, which WordPress's safe-URL check refuses for oEmbed discovery).
 */
$news_embed_story = wp_parse_url( (string) getenv( 'NEWS_EMBED_STORY_ORIGIN' ) );
if ( ! empty( $news_embed_story['host'] ) ) {
	add_filter(
		'http_request_host_is_external',
		function ( $external, $host ) use ( $news_embed_story ) {
			return $external || $host === $news_embed_story['host'];
		},
		10,
		2
	);
	add_filter(
		'http_allowed_safe_ports',
		function ( $ports, $host ) use ( $news_embed_story ) {
			return $host === $news_embed_story['host'] ? array_merge( $ports, array( (int) $news_embed_story['port'] ) ) : $ports;
		},
		10,
		2
	);
	add_filter(
		'allowed_redirect_hosts',
		function ( $hosts ) use ( $news_embed_story ) {
			return array_merge( $hosts, array( $news_embed_story['host'] ) );
		}
	);
}
