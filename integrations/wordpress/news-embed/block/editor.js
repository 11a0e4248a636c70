/**
 * The News story block in the editor: a story URL and the embed options, with a live preview
 * rendered by the server (the same HTML readers get). No build step: WordPress's own globals.
 */
( function ( wp ) {
	var el = wp.element.createElement;
	var __ = wp.i18n.__;
	var useBlockProps = wp.blockEditor.useBlockProps;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var PanelBody = wp.components.PanelBody;
	var TextControl = wp.components.TextControl;
	var SelectControl = wp.components.SelectControl;
	var Placeholder = wp.components.Placeholder;
	var ServerSideRender = wp.serverSideRender;

	function options( pairs ) {
		return pairs.map( function ( pair ) {
			return { value: pair[ 0 ], label: pair[ 1 ] };
		} );
	}

	wp.blocks.registerBlockType( 'news-embed/story', {
		apiVersion: 2,
		title: __( 'News story', 'news-embed' ),
		description: __( 'A news story from its URL (a NewsArticle JSON-LD file), with a lead image that changes on every reload.', 'news-embed' ),
		category: 'embed',
		icon: 'media-document',
		attributes: {
			src: { type: 'string', default: '' },
			lang: { type: 'string', default: '' },
			theme: { type: 'string', default: '' },
			lead: { type: 'string', default: '' },
			interval: { type: 'string', default: '' },
			headingLevel: { type: 'string', default: '' },
			layout: { type: 'string', default: '' },
		},
		edit: function ( props ) {
			var a = props.attributes;
			var set = function ( name ) {
				return function ( value ) {
					var change = {};
					change[ name ] = value;
					props.setAttributes( change );
				};
			};
			var url = el( TextControl, {
				label: __( 'Story URL', 'news-embed' ),
				type: 'url',
				value: a.src,
				placeholder: 'https://example.com/story.json',
				onChange: set( 'src' ),
			} );
			var inspector = el(
				InspectorControls,
				null,
				el(
					PanelBody,
					{ title: __( 'Story', 'news-embed' ) },
					url,
					el( SelectControl, { label: __( 'Theme', 'news-embed' ), value: a.theme, onChange: set( 'theme' ), options: options( [ [ '', __( 'The page’s colours', 'news-embed' ) ], [ 'auto', __( 'Follow the reader’s setting', 'news-embed' ) ], [ 'light', __( 'Light', 'news-embed' ) ], [ 'dark', __( 'Dark', 'news-embed' ) ] ] ) } ),
					el( SelectControl, { label: __( 'Language', 'news-embed' ), value: a.lang, onChange: set( 'lang' ), options: options( [ [ '', __( 'The page’s language', 'news-embed' ) ], [ 'en', 'English' ], [ 'es', 'Español' ], [ 'fr', 'Français' ] ] ) } ),
					el( SelectControl, { label: __( 'Lead image', 'news-embed' ), value: a.lead, onChange: set( 'lead' ), options: options( [ [ '', __( 'A different image on every reload', 'news-embed' ) ], [ 'first', __( 'Always the first image', 'news-embed' ) ], [ 'none', __( 'No lead image', 'news-embed' ) ] ] ) } ),
					el( SelectControl, { label: __( 'Rotate the lead image', 'news-embed' ), value: a.interval, onChange: set( 'interval' ), options: options( [ [ '', __( 'Never', 'news-embed' ) ], [ '6', __( 'Every 6 seconds', 'news-embed' ) ], [ '10', __( 'Every 10 seconds', 'news-embed' ) ] ] ) } ),
					el( SelectControl, { label: __( 'Headline level', 'news-embed' ), value: a.headingLevel, onChange: set( 'headingLevel' ), options: options( [ [ '', 'h2' ], [ '1', 'h1' ], [ '3', 'h3' ] ] ) } ),
					el( SelectControl, { label: __( 'Layout', 'news-embed' ), value: a.layout, onChange: set( 'layout' ), options: options( [ [ '', __( 'The whole story', 'news-embed' ) ], [ 'card', __( 'A story card', 'news-embed' ) ] ] ) } )
				)
			);
			var body = a.src
				? el( ServerSideRender, { block: 'news-embed/story', attributes: a } )
				: el( Placeholder, { icon: 'media-document', label: __( 'News story', 'news-embed' ), instructions: __( 'Paste the URL of a story (a NewsArticle JSON-LD file).', 'news-embed' ) }, url );
			return el( 'div', useBlockProps(), inspector, body );
		},
		save: function () {
			return null;
		},
	} );
} )( window.wp );
