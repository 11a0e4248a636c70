<?php
/**
 * Drives a test WordPress from the command line: php wp.php SITE COMMAND [JSON].
 * SITE picks the site (table prefix) in the generated wp-config.php; COMMAND is one of the
 * functions below. Prints one JSON line.
 */
$site    = $argv[1];
$command = $argv[2];
$input   = isset( $argv[3] ) ? json_decode( $argv[3], true ) : array();
putenv( 'NEWS_EMBED_WP_SITE=' . $site );
$_SERVER['HTTP_HOST']   = getenv( 'NEWS_EMBED_WP_HOST' );
$_SERVER['REQUEST_URI'] = '/';

if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
}
require getenv( 'NEWS_EMBED_WP_ROOT' ) . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';

/** A fresh site: WordPress installed, Twenty Twenty-Three, an Administrator and an Author. */
function cmd_install( $input ) {
	if ( ! is_blog_installed() ) {
		wp_install( 'News embed test ' . getenv( 'NEWS_EMBED_WP_SITE' ), 'admin', 'admin@example.com', true, '', wp_generate_password( 24 ) );
	}
	switch_theme( 'twentytwentythree' );
	update_option( 'permalink_structure', '' );
	if ( ! username_exists( 'author' ) ) {
		wp_insert_user( array( 'user_login' => 'author', 'user_pass' => wp_generate_password( 24 ), 'user_email' => 'author@example.com', 'role' => 'author' ) );
	}
	return array( 'installed' => is_blog_installed(), 'theme' => get_stylesheet() );
}

/** Installs the plugin zip the way Plugins → Add New → Upload does, and activates it. */
function cmd_plugin( $input ) {
	if ( is_dir( WP_PLUGIN_DIR . '/news-embed' ) ) {
		deactivate_plugins( 'news-embed/news-embed.php', true );
		delete_plugins( array( 'news-embed/news-embed.php' ) );
	}
	wp_set_current_user( get_user_by( 'login', 'admin' )->ID );
	$upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
	$result   = $upgrader->install( $input['zip'] );
	if ( true !== $result ) {
		return array( 'error' => is_wp_error( $result ) ? $result->get_error_message() : 'install failed', 'messages' => $upgrader->skin->get_upgrade_messages() );
	}
	$activated = activate_plugin( 'news-embed/news-embed.php' );
	if ( is_wp_error( $activated ) ) {
		return array( 'error' => $activated->get_error_message() );
	}
	update_option( 'news_embed', array( 'hosts' => $input['host'], 'script' => '' ) );
	return array( 'active' => is_plugin_active( 'news-embed/news-embed.php' ) );
}

/**
 * Publishes posts as their users, with the content filter each role gets (kses for a user without
 * unfiltered_html), after removing the posts of earlier runs.
 */
function cmd_publish( $input ) {
	foreach ( get_posts( array( 'numberposts' => -1, 'post_status' => 'any', 'fields' => 'ids' ) ) as $id ) {
		wp_delete_post( $id, true );
	}
	$out = array();
	foreach ( $input['posts'] as $post ) {
		$user = get_user_by( 'login', $post['user'] );
		wp_set_current_user( $user->ID );
		kses_remove_filters();
		kses_init();
		$id = wp_insert_post(
			array(
				// wp_insert_post() unslashes its input, as the editor and the REST API slash it.
				'post_title'   => wp_slash( $post['title'] ),
				'post_content' => wp_slash( $post['content'] ),
				'post_status'  => 'publish',
				'post_author'  => $user->ID,
			),
			true
		);
		if ( is_wp_error( $id ) ) {
			return array( 'error' => $id->get_error_message() );
		}
		$out[ $post['key'] ] = array(
			'id'       => $id,
			'url'      => get_permalink( $id ),
			'unfiltered_html' => user_can( $user, 'unfiltered_html' ),
			'saved'    => get_post_field( 'post_content', $id, 'raw' ),
		);
	}
	return $out;
}

$result = call_user_func( 'cmd_' . $command, $input );
echo json_encode( $result ), "\n";
