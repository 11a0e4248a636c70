<?php
/**
 * Plugin Name:       News Embed
 * Plugin URI:        https://www.npmjs.com/package/news-embed
 * Description:       Embed news stories with a lead image that changes on every reload: paste a story link on its own line, or add the News story block or the [news_embed] shortcode. Any role can use them.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       news-embed
 *
 * @package NewsEmbed
 */

defined( 'ABSPATH' ) || exit;

define( 'NEWS_EMBED_VERSION', '0.1.0' );

/**
 * The plugin's settings, with their defaults.
 *
 * - script: URL of the news-embed bundle; empty = the copy shipped in this plugin.
 * - hosts:  story hosts to trust, one per line: an origin (https://stories.example.com), optionally
 *           followed by its oEmbed endpoint (default: ORIGIN/dist/story/oembed.json).
 *
 * @return array{script: string, hosts: string}
 */
function news_embed_settings() {
	$saved = get_option( 'news_embed', array() );
	return wp_parse_args( is_array( $saved ) ? $saved : array(), array( 'script' => '', 'hosts' => '' ) );
}

/** URL of the bundle: the configured one, else the copy in this plugin's assets/. */
function news_embed_script_url() {
	$script = news_embed_settings()['script'];
	return $script ? $script : plugins_url( 'assets/news-embed.js', __FILE__ );
}

/**
 * The trusted story hosts as [ origin => oEmbed endpoint ].
 *
 * @return array<string, string>
 */
function news_embed_hosts() {
	$hosts = array();
	foreach ( preg_split( '/\R/', news_embed_settings()['hosts'] ) as $line ) {
		$parts = preg_split( '/\s+/', trim( $line ) );
		$url   = wp_parse_url( $parts[0] );
		if ( empty( $url['scheme'] ) || empty( $url['host'] ) || ! in_array( $url['scheme'], array( 'http', 'https' ), true ) ) {
			continue;
		}
		$origin            = $url['scheme'] . '://' . $url['host'] . ( isset( $url['port'] ) ? ':' . $url['port'] : '' );
		$hosts[ $origin ] = ! empty( $parts[1] ) ? esc_url_raw( $parts[1] ) : $origin . '/dist/story/oembed.json';
	}
	/**
	 * Filters the trusted story hosts.
	 *
	 * @param array<string, string> $hosts origin => oEmbed endpoint.
	 */
	return apply_filters( 'news_embed_hosts', $hosts );
}

/*
 * The bundle: one module script per page, in the footer, only on pages that show a story.
 * WordPress 6.1 has no script modules API: the tag gets type="module" through script_loader_tag.
 */
function news_embed_enqueue() {
	wp_enqueue_script( 'news-embed', news_embed_script_url(), array(), NEWS_EMBED_VERSION, true );
}

add_filter(
	'script_loader_tag',
	function ( $tag, $handle ) {
		if ( 'news-embed' !== $handle ) {
			return $tag;
		}
		return preg_replace( '/<script(?![^>]*\btype=)/', '<script type="module"', str_replace( array( " type='text/javascript'", ' type="text/javascript"' ), '', $tag ), 1 );
	},
	10,
	2
);

// Content pasted as HTML (or a cached oEmbed answer) that holds one of the elements needs the bundle too.
add_filter(
	'the_content',
	function ( $content ) {
		if ( preg_match( '/<(news-article|random-image|video-card)[\s>]/', $content ) ) {
			news_embed_enqueue();
		}
		return $content;
	},
	999
);

/**
 * The story element: the whole story when the script runs, a link to it otherwise.
 *
 * @param array $atts src (story JSON-LD or its page), href (the story's page), lang, theme, lead,
 *                    interval, heading_level, layout.
 * @return string HTML.
 */
function news_embed_render( $atts ) {
	$atts = shortcode_atts(
		array(
			'src'           => '',
			'href'          => '',
			'title'         => '',
			'lang'          => '',
			'theme'         => '',
			'lead'          => '',
			'interval'      => '',
			'heading_level' => '',
			'layout'        => '',
		),
		$atts,
		'news_embed'
	);
	$src = esc_url( $atts['src'], array( 'http', 'https' ) );
	if ( ! $src ) {
		return current_user_can( 'edit_posts' ) ? '<p>' . esc_html__( 'News story: give the story’s URL (src="https://…").', 'news-embed' ) . '</p>' : '';
	}
	$attributes = array( 'src' => $src );
	$allowed    = array(
		'lang'          => '/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/',
		'theme'         => '/^(light|dark|auto)$/',
		'lead'          => '/^(random|first|none)$/',
		'interval'      => '/^\d{1,4}$/',
		'heading_level' => '/^[1-6]$/',
		'layout'        => '/^(card|full)$/',
	);
	foreach ( $allowed as $name => $pattern ) {
		if ( '' !== $atts[ $name ] && preg_match( $pattern, (string) $atts[ $name ] ) ) {
			$attributes[ str_replace( '_', '-', $name ) ] = $atts[ $name ];
		}
	}
	$href = esc_url( $atts['href'] ? $atts['href'] : $atts['src'], array( 'http', 'https' ) );
	if ( $atts['href'] ) {
		$attributes['href'] = $href;
	}
	$html = '<news-article';
	foreach ( $attributes as $name => $value ) {
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	$label = $atts['title'] ? sprintf( /* translators: %s: the story's headline */ __( 'Read the story: %s', 'news-embed' ), $atts['title'] ) : __( 'Read the story', 'news-embed' );
	$html .= '><p><a href="' . esc_url( $href ) . '">' . esc_html( $label ) . '</a></p></news-article>';
	news_embed_enqueue();
	return $html;
}

add_shortcode( 'news_embed', 'news_embed_render' );

// The editor's preview of the block is the server's HTML: the bundle turns it into the story there too.
add_action( 'enqueue_block_editor_assets', 'news_embed_enqueue' );

// The News story block: a dynamic block rendered by news_embed_render(), so it works for every role.
add_action(
	'init',
	function () {
		wp_register_script(
			'news-embed-block-editor',
			plugins_url( 'block/editor.js', __FILE__ ),
			array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'wp-server-side-render' ),
			NEWS_EMBED_VERSION,
			true
		);
		$string = array( 'type' => 'string', 'default' => '' );
		register_block_type(
			'news-embed/story',
			array(
				'api_version'     => 2,
				'title'           => __( 'News story', 'news-embed' ),
				'category'        => 'embed',
				'icon'            => 'media-document',
				'editor_script'   => 'news-embed-block-editor',
				'attributes'      => array(
					'src'          => $string,
					'lang'         => $string,
					'theme'        => $string,
					'lead'         => $string,
					'interval'     => $string,
					'headingLevel' => $string,
					'layout'       => $string,
				),
				'render_callback' => function ( $attributes ) {
					$attributes['heading_level'] = isset( $attributes['headingLevel'] ) ? $attributes['headingLevel'] : '';
					unset( $attributes['headingLevel'] );
					return '<div ' . get_block_wrapper_attributes() . '>' . news_embed_render( $attributes ) . '</div>';
				},
			)
		);

		// A registered provider is trusted: WordPress keeps its HTML as it is (no sandboxed frame, no
		// 1,000 px cap), and the oembed_dataparse filter below shows the whole story.
		foreach ( news_embed_hosts() as $origin => $endpoint ) {
			wp_oembed_add_provider( '#^' . preg_quote( $origin, '#' ) . '/.*#i', $endpoint, true );
		}
	}
);

/**
 * A trusted host's oEmbed answer names the story's JSON-LD and page (`news_embed`): show the whole
 * story as the element instead of the framed card.
 */
add_filter(
	'oembed_dataparse',
	function ( $html, $data, $url ) {
		if ( ! is_object( $data ) || empty( $data->news_embed ) || ! news_embed_is_trusted( $url ) ) {
			return $html;
		}
		$extra = (object) $data->news_embed;
		if ( empty( $extra->src ) ) {
			return $html;
		}
		return news_embed_render(
			array(
				'src'   => $extra->src,
				'href'  => isset( $extra->href ) ? $extra->href : $url,
				'title' => isset( $data->title ) ? $data->title : '',
			)
		);
	},
	10,
	3
);

/** Whether a URL is on one of the trusted story hosts. */
function news_embed_is_trusted( $url ) {
	$parts = wp_parse_url( $url );
	if ( empty( $parts['scheme'] ) || empty( $parts['host'] ) ) {
		return false;
	}
	$origin = $parts['scheme'] . '://' . $parts['host'] . ( isset( $parts['port'] ) ? ':' . $parts['port'] : '' );
	return isset( news_embed_hosts()[ $origin ] );
}

/*
 * Lets the three elements and their attributes through WordPress's filter for every role, with
 * what their light-DOM HTML uses (<template>, <time>, <noscript>, the slot attribute). URL
 * attributes go through kses's protocol check like href and src.
 */
add_filter(
	'wp_kses_allowed_html',
	function ( $tags, $context ) {
		if ( 'post' !== $context ) {
			return $tags;
		}
		$common = array( 'slot' => true, 'lang' => true, 'class' => true, 'id' => true, 'style' => true, 'title' => true );
		$tags['news-article'] = $common + array_fill_keys( array( 'src', 'lead', 'heading-level', 'theme', 'timeout', 'interval', 'layout', 'href' ), true );
		$tags['random-image'] = $common + array_fill_keys( array( 'mode', 'seed', 'storage-key', 'interval', 'priority', 'aspect-ratio' ), true );
		$tags['video-card']   = $common + array_fill_keys( array( 'name', 'description', 'duration', 'upload-date', 'thumbnail', 'thumbnail-srcset', 'content-url', 'embed-url', 'kicker', 'relative-threshold' ), true );
		$tags['template']     = array();
		$tags['noscript']     = array();
		$tags['time']         = array( 'datetime' => true );
		foreach ( array( 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'span', 'aside', 'nav', 'figure', 'img', 'a', 'blockquote', 'ul', 'ol' ) as $tag ) {
			if ( isset( $tags[ $tag ] ) ) {
				$tags[ $tag ]['slot'] = true;
			}
		}
		return $tags;
	},
	10,
	2
);

add_filter(
	'wp_kses_uri_attributes',
	function ( $attributes ) {
		return array_merge( $attributes, array( 'thumbnail', 'content-url', 'embed-url' ) );
	}
);

// Settings → News Embed.
add_action(
	'admin_init',
	function () {
		register_setting(
			'news_embed',
			'news_embed',
			array(
				'type'              => 'array',
				'sanitize_callback' => function ( $value ) {
					$value = is_array( $value ) ? $value : array();
					return array(
						'script' => isset( $value['script'] ) ? esc_url_raw( trim( $value['script'] ), array( 'http', 'https' ) ) : '',
						'hosts'  => isset( $value['hosts'] ) ? sanitize_textarea_field( $value['hosts'] ) : '',
					);
				},
			)
		);
	}
);

add_action(
	'admin_menu',
	function () {
		add_options_page(
			__( 'News Embed', 'news-embed' ),
			__( 'News Embed', 'news-embed' ),
			'manage_options',
			'news-embed',
			function () {
				$settings = news_embed_settings();
				?>
				<div class="wrap">
					<h1><?php esc_html_e( 'News Embed', 'news-embed' ); ?></h1>
					<form method="post" action="options.php">
						<?php settings_fields( 'news_embed' ); ?>
						<table class="form-table" role="presentation">
							<tr>
								<th scope="row"><label for="news-embed-hosts"><?php esc_html_e( 'Trusted story hosts', 'news-embed' ); ?></label></th>
								<td>
									<textarea id="news-embed-hosts" name="news_embed[hosts]" rows="4" class="large-text code"><?php echo esc_textarea( $settings['hosts'] ); ?></textarea>
									<p class="description"><?php esc_html_e( 'One per line: the host’s address (https://stories.example.com), optionally followed by its oEmbed endpoint. A story link from these hosts, pasted on its own line, shows the whole story; from other hosts, a story card.', 'news-embed' ); ?></p>
								</td>
							</tr>
							<tr>
								<th scope="row"><label for="news-embed-script"><?php esc_html_e( 'Script URL', 'news-embed' ); ?></label></th>
								<td>
									<input id="news-embed-script" name="news_embed[script]" type="url" class="large-text code" value="<?php echo esc_attr( $settings['script'] ); ?>">
									<p class="description"><?php esc_html_e( 'Leave empty to use the copy of news-embed.js that comes with this plugin.', 'news-embed' ); ?></p>
								</td>
							</tr>
						</table>
						<?php submit_button(); ?>
					</form>
				</div>
				<?php
			}
		);
	}
);
